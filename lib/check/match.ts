// Matching helpers shared by the engine and its hedging: patterns are compiled once, with the global flag.

export type Hit = { index: number; end: number; text: string };

// Every pattern is compiled once, global; callers reset lastIndex (compiling per sentence cost 90% of the time).
export function allHits(re: RegExp, s: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}
