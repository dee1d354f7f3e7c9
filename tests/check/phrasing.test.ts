import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkRecordOf } from "@/lib/content/check-record";
import { loadContent } from "@/lib/content/load";
import { checkText, compileRecord, type CompiledRecord } from "@/lib/check";
import { splitSentences } from "@/lib/check/sentences";

// Rules added for phrasing the engine was not written against (issue 17's held-out batches): each case
// fails if its rule is taken out.

let record: CompiledRecord;
beforeAll(async () => {
  record = compileRecord(checkRecordOf(await loadContent(path.resolve("content"), { compile: false })));
});
const status = (text: string) => checkText(text, record).sentences.at(-1)?.finding?.status;

describe("sentences and words", () => {
  it("does not end a sentence at an abbreviation or an initial", () => {
    expect(splitSentences("Stalin died on Mar. 15, 1953. Then Gen. Zhukov spoke.").map((s) => s.text)).toEqual([
      "Stalin died on Mar. 15, 1953.",
      "Then Gen. Zhukov spoke.",
    ]);
    expect(status("Stalin died on Mar. 15, 1953.")).toBe("conflicts");
  });
  it("matches a word family written with a trailing *, and other words for the same kind", () => {
    expect(status("In 1953 Bulganin headed the Soviet government.")).toBe("conflicts");
    expect(status("Beria's detention began in July 1953.")).toBe("conflicts");
    expect(status("Molotov ceased to be foreign minister in 1955.")).toBe("conflicts");
  });
  it("knows common misspellings and first names", () => {
    expect(status("Kruschev died in 1970.")).toBe("conflicts");
    expect(status("Nikita died in 1971.")).toBe("agrees");
  });
  it("reads a number word as a count and a fortnight as two weeks", () => {
    expect(status("Fewer than fifty people died in the crush.")).toBe("conflicts");
    expect(status("Stalin collapsed on 1 March 1953 and died a fortnight later.")).toBe("conflicts");
  });
  it("dates a yearless day in the context's year", () => {
    expect(status("Beria spent the second half of 1953 in custody. He was shot on the 23rd of December.")).toBe("agrees");
  });
});

describe("who and what a date belongs to", () => {
  it("judges a loose name for a post only against the holder's own record", () => {
    expect(status("Khrushchev was made party leader in March 1953.")).toBe("conflicts");
    expect(status("Malenkov briefly led the party in March 1953.")).toBeUndefined();
  });
  it("does not lend a date to an event that befell someone else, or to a report of it", () => {
    expect(status("Beria was executed, and his associates were shot in 1954 and 1955.")).not.toBe("conflicts");
    expect(status("The text of the Secret Speech was not published in the USSR until 1989.")).toBeUndefined();
    expect(status("Khrushchev's Secret Speech was published in the West in June 1956.")).toBeUndefined();
  });
  it("does not read a state bounded by since or until as the event's date", () => {
    expect(status("Polina Zhemchuzhina was imprisoned until 1953.")).not.toBe("conflicts");
    expect(status("Molotov lived until 1990.")).toBe("conflicts");
  });
  it("takes the nearest date when a sentence gives two", () => {
    expect(status("Khrushchev, ousted in October 1964, survived his fall by almost seven years and died in September 1971.")).toBe("agrees");
  });
  it("reads 'the funeral' as the one the record holds, whoever else is named", () => {
    expect(status("The funeral was held on Red Square on 10 March 1953, where Malenkov, Beria and Molotov made speeches.")).toBe("conflicts");
  });
  it("reads 'the death' as the death of the person in context", () => {
    const sentence = "Nine days after the death, Malenkov was made to give up his seat in the party Secretariat.";
    expect(status(sentence)).not.toBe("conflicts");
    expect(checkText(`Stalin died on 5 March 1953. ${sentence}`, record).sentences.at(-1)?.finding?.explanation).toMatch(/14 March 1953/);
  });
  it("merges two words for one event, so an anchored date is not lent to the second", () => {
    expect(status("Stalin died on 5 March 1953, four days after he had been struck down by a stroke.")).toBe("agrees");
  });
  it("reads the time after a predecessor's death from inheriting his posts", () => {
    expect(status("Malenkov inherited both of Stalin's top jobs, becoming premier and First Secretary of the Communist Party.")).toBe("conflicts");
  });
  it("reads 'who was then' as apposition", () => {
    expect(status("Zhukov, who was then Minister of Defence, led the soldiers who arrested Beria.")).toBe("conflicts");
  });
  it("does not flag a sentence that sets the wrong value against the record's", () => {
    expect(status("Although the year was long given as 1879, Stalin was born in December 1878.")).toBe("agrees");
  });
  it("does not take 'a deputy to the defence minister' for the minister", () => {
    expect(status("Zhukov, who was made a first deputy to the defence minister in March 1953, got the ministry itself in 1955.")).not.toBe("conflicts");
  });
});

describe("hedges by clause", () => {
  it("judges the rest of a sentence around a film aside or a negated aside", () => {
    expect(status("Bulganin, whom the film shows trailing after Khrushchev, replaced Malenkov as head of government in 1956.")).toBe("conflicts");
    expect(status("The film makes it quick, but in reality Beria was shot in 1954.")).toBe("conflicts");
    expect(status("Contrary to the film's pace, Beria was not arrested until August 1953.")).toBe("conflicts");
  });
  it("still leaves a sentence about the film alone", () => {
    expect(status("In the film, Beria is shot in June 1953.")).toBeUndefined();
    expect(status("The film shows Beria shot in June 1953.")).toBeUndefined();
  });
  it("reads 'not … until' as a date", () => {
    expect(status("Khrushchev did not formally become First Secretary until the spring of 1954.")).toBe("conflicts");
    expect(status("Khrushchev did not become premier until 1958.")).toBe("agrees");
  });
});

describe("ages, stretches of time and labelled values", () => {
  it("checks an age at the moment the sentence names", () => {
    expect(status("Beria, born March 29, 1899, was shot at the age of 56.")).toBe("conflicts");
    expect(status("Born in March 1899, Beria was only 54 at the time of his execution.")).toBe("agrees");
    expect(status("Khrushchev, then a mere 52, was given the job of chairing the funeral commission.")).toBe("conflicts");
    expect(status("Malenkov, barely into his forties when he took over the government in March 1953, was a young premier.")).toBe("conflicts");
    expect(status("Stalin, who was 77 when he collapsed at Kuntsevo, had outlived his old comrades.")).toBe("conflicts");
  });
  it("checks the time between two events, and the length of one that lasts", () => {
    expect(status("Time from Beria's arrest to his execution: roughly three months.")).toBe("conflicts");
    expect(status("Time from Beria's arrest to his execution: about six months.")).toBe("agrees");
    expect(status("Stalin's body lay in state for ten days.")).toBe("conflicts");
    expect(status("Stalin's body lay in state for three days.")).toBe("agrees");
    expect(status("Stalin, who ruled for almost thirty years, died after a stroke.")).not.toBe("conflicts");
  });
  it("reads 'event: value' lines", () => {
    expect(status("Beria arrested: June 26, 1954.")).toBe("conflicts");
    expect(status("Deaths in the funeral crush: 37.")).toBe("conflicts");
    expect(status("Role: Stalin died on 5 March 1953.")).toBe("agrees");
  });
  it("reads 'two and a half million' and present-tense appointments", () => {
    expect(status("Prisoners released under Beria's amnesty: about two and a half million.")).toBe("conflicts");
    expect(status("Bulganin takes over as premier: February 8, 1956.")).toBe("conflicts");
  });
  it("does not take a person inside a relative clause for a title's holder", () => {
    expect(status("Molotov, whom Stalin had attacked in 1952, was restored as Foreign Minister on 5 March 1953.")).toBe("agrees");
  });
});

describe("more forms", () => {
  it("reads a two-digit year with an apostrophe", () => {
    expect(status("Beria was executed in '54.")).toBe("conflicts");
    expect(status("Beria was executed in Dec '53.")).toBe("agrees");
  });
  it("reads an appointment told after an apposed title, and a return to a post", () => {
    expect(status("Malenkov, the new premier, took office in April 1953.")).toBe("conflicts");
    expect(status("Molotov returned to the Foreign Ministry in 1954.")).toBe("conflicts");
  });
  it("checks years of birth and death written after a name", () => {
    expect(status("Khrushchev (1894–1972) led the USSR after Stalin.")).toBe("conflicts");
    expect(status("Khrushchev (1894–1971) led the USSR after Stalin.")).toBe("agrees");
  });
});

describe("numeric dates, abbreviated counts, successions and 'when' clauses", () => {
  it("reads a dotted date day first, and a slashed one only when it cannot be misread", () => {
    expect(status("Stalin died on 5.3.1953.")).toBe("agrees");
    expect(status("Stalin died on 13/03/1953.")).toBe("conflicts");
    expect(status("Stalin died on 06/03/1953.")).toBeUndefined();
  });
  it("reads 1.2m and 3 mln", () => {
    expect(status("The amnesty freed about 1.2m prisoners.")).toBe("agrees");
    expect(status("The amnesty freed about 3 mln prisoners.")).toBe("conflicts");
  });
  it("checks who followed whom in a post", () => {
    expect(status("Malenkov's successor as premier was Khrushchev.")).toBe("conflicts");
    expect(status("Malenkov's successor as premier was Bulganin.")).toBe("agrees");
    expect(status("Khrushchev succeeded Malenkov as premier.")).toBe("conflicts");
    expect(status("Malenkov was replaced as premier by Bulganin.")).toBe("agrees");
    expect(status("Malenkov lost the premiership to Khrushchev.")).toBe("conflicts");
  });
  it("reads a 'when' clause as the moment of that event", () => {
    expect(status("When Stalin died, Zhukov was minister of defence.")).toBe("conflicts");
    expect(status("Zhukov was defence minister when Beria was arrested.")).toBe("conflicts");
    expect(status("Bulganin was defence minister when Beria was arrested.")).toBe("agrees");
  });
});

describe("whose event it is", () => {
  it("does not give a stranger's fate to the person named beside it", () => {
    expect(status("Trotsky was killed in Mexico in 1940, as Stalin had wanted.")).toBeUndefined();
    expect(status("Kirov was shot in Leningrad in 1934, and Stalin used the murder.")).toBeUndefined();
  });
  it("reads the person before an active verb with an object as the one who did it", () => {
    expect(status("Beria had arrested many generals in 1941.")).toBeUndefined();
    expect(status("Khrushchev arrested Beria in July 1953.")).toBe("conflicts");
  });
});

describe("notes and lists", () => {
  it("reads a note whose label is a person, and a span of years after a post", () => {
    expect(status("Beria: arrested June 1953, shot January 1954.")).toBe("conflicts");
    expect(status("Malenkov: premier 1953–1957.")).toBe("conflicts");
    expect(status("Malenkov: premier 1953–1955.")).toBe("agrees");
    expect(status("Bulganin (premier 1955–1960) was a figurehead.")).toBe("conflicts");
  });
  it("counts a person coordinated with a relation in the event", () => {
    expect(status("Beria and his associates were arrested in July 1953.")).toBe("conflicts");
  });
  it("reads 'March the 6th', 'a million and a half' and an age told in the next sentence", () => {
    expect(status("Stalin died on March the 6th, 1953.")).toBe("conflicts");
    expect(status("The amnesty freed a million and a half prisoners.")).toBe("conflicts");
    expect(status("Stalin died on 5 March 1953. He was 76.")).toBe("conflicts");
  });
  it("takes a possessive of a person's own dismissal as theirs", () => {
    expect(status("Zhukov's dismissal as defence minister came in 1958.")).toBe("conflicts");
  });
});

describe("starts of tenures, life dates in full, appointments after an event", () => {
  it("checks when a tenure began from 'since'", () => {
    expect(status("In 1957 Zhukov, then defence minister, was fired; he had held the post since 1953.")).toBe("conflicts");
    expect(status("In 1957 Zhukov, then defence minister, was fired; he had held the post since 1955.")).toBe("agrees");
  });
  it("checks full dates of birth and death in parentheses", () => {
    expect(status("Lavrentiy Pavlovich Beria (29 March 1899 – 23 December 1954) was a Soviet politician.")).toBe("conflicts");
    expect(status("Lavrentiy Pavlovich Beria (29 March 1899 – 23 December 1953) was a Soviet politician.")).toBe("agrees");
  });
  it("places an appointment 'following' an event in the year after it", () => {
    expect(status("Following Stalin's death, Zhukov was appointed Minister of Defence.")).toBe("conflicts");
    expect(status("Following Stalin's death, Bulganin was appointed Minister of Defence.")).toBe("agrees");
  });
});

describe("events anchored on each other, and denials", () => {
  it("dates 'the same day' from the event named first in the sentence", () => {
    expect(status("Beria was arrested and shot the same day.")).toBe("conflicts");
    expect(status("Beria was arrested and shot on the spot.")).toBe("conflicts");
    expect(status("Beria was arrested and shot six months later.")).toBe("agrees");
  });
  it("flags a bare denial of an event the record holds, not a qualified one", () => {
    expect(status("Beria was shot without trial.")).toBe("conflicts");
    expect(status("The doctors were never freed.")).toBe("conflicts");
    expect(status("Beria was never tried in public.")).toBeUndefined();
    expect(status("Stalin was never arrested.")).toBeUndefined();
  });
});

describe("tenures before the record", () => {
  it("neither confirms nor denies a tenure before the record lists the post's holders", () => {
    expect(status("Molotov became foreign minister in 1939.")).toBeUndefined();
    expect(status("Molotov, foreign minister from 1939 to 1949, returned to the post in 1953.")).not.toBe("conflicts");
    expect(status("Molotov returned to the post of foreign minister in 1954.")).toBe("conflicts");
  });
  it("reads 'since' as the start of a tenure only beside the post", () => {
    expect(status("Zhukov, who had been exiled to provincial commands since 1946, became a first deputy defence minister in 1953.")).not.toBe("conflicts");
    expect(status("Zhukov, defence minister since 1953, was dismissed in 1957.")).toBe("conflicts");
  });
});

describe("dates of birth and death from the person pages", () => {
  it("checks anyone's birth and death the site states, linking their page", () => {
    const f = checkText("Zhukov died in 1972.", record).findings[0];
    expect(f.status).toBe("conflicts");
    expect(f.link).toBe("/characters/zhukov");
    expect(status("Voroshilov died in 1969.")).toBe("agrees");
  });
  it("does not read a tenure in parentheses as a life", () => {
    expect(status("Bulganin (premier 1955–1958) was a figurehead.")).not.toBe("conflicts");
  });
});

describe("relative clauses in sentences about the film", () => {
  it("judges a past-tense relative clause on a name when the main clause is about the film", () => {
    expect(status("Lavrentiy Beria, who picked up the Defence Ministry in March 1953, is the film's real villain.")).toBe("conflicts");
    expect(status("Beria, who was arrested in June 1953, is the film's villain.")).toBe("agrees");
  });
  it("leaves the film's own characters and frames alone", () => {
    expect(status("In the film, Beria, who was arrested in July, is shot at once.")).toBeUndefined();
    expect(status("The film's Beria, who was arrested in July, is shot at once.")).toBeUndefined();
  });
});

describe("successors the record does not know, and life dates as dates", () => {
  it("does not read 'succeeded X' as after X's death unless X died in office", () => {
    expect(status("Bulganin succeeded Malenkov as premier.")).not.toBe("conflicts");
    expect(status("Malenkov succeeded Stalin as premier.")).toBe("agrees");
  });
  it("leaves a post alone when its new holder is someone the record does not know", () => {
    expect(status("Shepilov replaced Molotov as foreign minister in 1956.")).toBeUndefined();
    expect(status("Kosygin replaced Khrushchev as premier in 1964.")).toBeUndefined();
  });
  it("does not lend life dates in parentheses to the sentence's events", () => {
    expect(status("Khrushchev (1894–1971) chaired the funeral commission.")).not.toBe("conflicts");
  });
});

describe("pronouns after several people", () => {
  it("does not flag 'he' when reading it as another person just named agrees", () => {
    expect(status("Khrushchev outmanoeuvred Malenkov. He lost the premiership in 1955.")).not.toBe("conflicts");
    expect(status("Beria was arrested by Khrushchev. He was shot in 1954.")).toBe("conflicts");
  });
});

describe("running text", () => {
  it("resolves 'he' over a few sentences without a person, and before a name in its own sentence", () => {
    const text = "In the spring, Beria launched reforms. An amnesty freed many prisoners. The doctors were released. He was arrested on 10 July 1953.";
    expect(status(text)).toBe("conflicts");
    expect(status("Khrushchev won. The following year he dismissed Zhukov. In 1958 he became premier himself.")).toBe("agrees");
  });
  it("reads 'two years later' as a calendar year on, and 'a week later' as a date, not 'later on'", () => {
    expect(status("Khrushchev became First Secretary in September 1953. Two years later Malenkov lost the premiership to Bulganin.")).toBe("agrees");
    expect(status("Beria was arrested in June 1953. A year later he was shot.")).toBe("conflicts");
    expect(status("Stalin died on 2 March 1953. Malenkov became premier a week later, and Beria took the defence ministry.")).toBe("conflicts");
  });
  it("does not take 'not yet' for the end of a clause", () => {
    expect(status("Khrushchev, who was not yet First Secretary, chaired the funeral commission in March 1953.")).not.toBe("conflicts");
  });
});

describe("bullets and questions", () => {
  it("reads 'date: event' bullets, a date label, and an unowned mention of the one funeral", () => {
    expect(status("- 10 March 1953: funeral; Molotov turns 63.")).toBe("conflicts");
    expect(status("- 9 March 1953: funeral; Molotov turns 63.")).toBe("agrees");
    expect(status("- March 1953: Khrushchev First Secretary.")).toBe("conflicts");
    expect(status("Beria's funeral was held in 1953.")).toBeUndefined();
  });
  it("reads an answer with its question", () => {
    expect(status("Q: When was Beria shot? A: On 24 December 1953, after a closed trial.")).toBe("conflicts");
    expect(status("Q: How many were freed by the amnesty? A: About 1.2 million.")).toBe("agrees");
  });
});

describe("places", () => {
  it("checks a place said with the event against the record's", () => {
    expect(status("Stalin died in the Kremlin.")).toBe("conflicts");
    expect(status("Stalin died at his dacha at Kuntsevo.")).toBe("agrees");
    expect(status("Beria was arrested at the Bolshoi.")).toBe("conflicts");
    expect(status("Stalin, who had left the Kremlin that evening, collapsed at Kuntsevo.")).toBe("agrees");
    expect(status("Stalin watched a film in the Kremlin and then died.")).toBeUndefined();
  });
  it("does not take the reburial of 1961 for the funeral", () => {
    expect(status("In 1961 Stalin's body was removed from the Mausoleum and buried by the Kremlin Wall.")).toBeUndefined();
  });
});

describe("the days between stroke and death", () => {
  it("measures 'lay dying for …' and 'lingered for …' against stroke and death, and dates neither", () => {
    expect(status("Stalin lay dying for almost a fortnight before he finally passed away.")).toBe("conflicts");
    expect(status("Stalin lay dying for four days before he died.")).toBe("agrees");
    expect(status("Stalin lay dying on 3 March 1953.")).toBeUndefined();
    expect(
      status(
        "The film makes it look as if the stroke and the death came within a single day, but in reality the old man lingered for almost two weeks before the end.",
      ),
    ).toBe("conflicts");
  });
  it("does not take a later congress for the Secret Speech", () => {
    expect(status("In 1961 Khrushchev denounced Stalin again at the 22nd Congress.")).toBeUndefined();
  });
});

describe("reports and condemnations", () => {
  it("does not date an event by the day it was announced, nor a political condemnation as a sentence", () => {
    expect(status("Beria's arrest was announced on 10 July 1953.")).toBeUndefined();
    expect(status("The plenum that condemned Beria sat from 2 to 7 July 1953.")).toBeUndefined();
    expect(status("After his arrest on 26 June 1953, Beria was held in a bunker.")).toBe("agrees");
  });
});

describe("tenures told as nouns", () => {
  it("reads a person's premiership, spell or reign beginning, ending or lasting", () => {
    expect(status("Malenkov's premiership lasted until 1957.")).toBe("conflicts");
    expect(status("Bulganin's premiership began in 1956.")).toBe("conflicts");
    expect(status("Bulganin's premiership began in 1955.")).toBe("agrees");
    expect(status("Molotov's second spell as foreign minister ended in 1957.")).toBe("conflicts");
    expect(status("Beria's reign at the interior ministry ended in July 1953.")).toBe("conflicts");
  });
  it("reads a post passing from one person to another, and 'the man who succeeded X'", () => {
    expect(status("In 1956 the premiership passed from Malenkov to Bulganin.")).toBe("conflicts");
    expect(status("The man who succeeded Malenkov as premier was Khrushchev.")).toBe("conflicts");
  });
});

describe("posts kept, shared and part-held", () => {
  it("does not read 'gave up X but kept Y' as the end of Y", () => {
    expect(status("Malenkov gave up the Secretariat but kept the premiership in March 1953.")).not.toBe("conflicts");
  });
  it("does not take 'first deputy at the defence ministry' for the minister", () => {
    expect(status("Zhukov was Bulganin's first deputy at the defence ministry in 1953.")).not.toBe("conflicts");
  });
  it("agrees with a span of years inside a tenure, and flags one beyond it", () => {
    expect(status("From 1958 to 1964 Khrushchev was both party leader and premier.")).toBe("agrees");
    expect(status("Malenkov was premier from 1953 to 1957.")).toBe("conflicts");
  });
});

describe("the site's own prose", () => {
  it("does not lend dates across a colon or semicolon, or far from the word", () => {
    expect(
      status(
        "The arrest was kept quiet at first: a Central Committee plenum sat from 2 to 7 July 1953 to condemn him, and the public learned of it on 10 July.",
      ),
    ).toBeUndefined();
    expect(status("Beria arrested: June 26, 1954.")).toBe("conflicts");
  });
  it("leaves reported speech and assumptions alone", () => {
    expect(status("The 1988 Reuters report on Beria's execution says he was arrested in July 1953.")).toBeUndefined();
    expect(status("Until 1988 many historians assumed that Beria had been shot soon after his arrest.")).toBeUndefined();
  });
  it("gives a date to the verb it follows, and a clause's opening date to that clause", () => {
    expect(status("He sat on the commission that organised the funeral, and in the government formed on 5 March 1953 he became a deputy premier.")).not.toBe(
      "conflicts",
    );
    expect(status("Khrushchev chaired the commission that buried Stalin, and in June 1953 he organised the plot against Beria.")).not.toBe("conflicts");
  });
  it("reads 'succeeded him as' and 'on the day X died he became' with the right holder", () => {
    expect(status("Brezhnev led the removal of Khrushchev in October 1964 and succeeded him as First Secretary.")).not.toBe("conflicts");
    expect(status("On the day Stalin died Beria became Minister of Internal Affairs.")).toBe("agrees");
  });
  it("leaves a post alone when a stranger is named with it, and a stranger's death to the stranger", () => {
    expect(status("On 14 October 1964 Brezhnev became First Secretary and Alexei Kosygin premier.")).not.toBe("conflicts");
    expect(status("Kapler was released in July 1953, after Stalin's death, and lived until 11 September 1979.")).toBeUndefined();
  });
  it("does not read the end of a range of days in an older year", () => {
    expect(status("From 18 to 23 December 1953 a special court heard the case against Beria.")).not.toBe("conflicts");
  });
});

describe("the site's claims, read as a text", () => {
  // Some 15,000 words written from the record: nearly every statement in them is true, so what the checker flags is
  // a false alarm, or a sentence describing the film. Three remain (a decree's date read as the sentence's, a scene
  // described in the present tense, a date lent across a long list); a rule that adds more fails here.
  it("flags at most three of its sentences", () => {
    const dir = "content/films";
    const text = fs
      .readdirSync(dir)
      .flatMap((film) =>
        fs.existsSync(path.join(dir, film, "claims")) ? fs.readdirSync(path.join(dir, film, "claims")).map((f) => path.join(dir, film, "claims", f)) : [],
      )
      .map((f) =>
        fs
          .readFileSync(f, "utf8")
          .replace(/^---[\s\S]*?\n---\n/, "")
          .replace(/<[^>]*>/g, ""),
      )
      .join("\n\n");
    const flagged = checkText(text, record).findings.filter((x) => x.status === "conflicts");
    expect(flagged.length, flagged.map((f) => f.sentence).join("\n")).toBeLessThanOrEqual(3);
  });
});

describe("the record's own sentences", () => {
  it("raises no conflict on the events, the person pages and the facts' own lines", () => {
    const read = (dir: string) => fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
    const lines = [
      ...read("content/events").flatMap((e) => [e.summary, ...e.record.map((r: { text: string }) => r.text)]),
      ...fs.readdirSync("content/people").map((f) => {
        const p = JSON.parse(fs.readFileSync(path.join("content/people", f), "utf8"));
        return `${p.name}. ${p.fate}`;
      }),
      ...fs
        .readdirSync("content/facts")
        .filter((f) => f !== "patterns.json")
        .flatMap((f) => JSON.parse(fs.readFileSync(path.join("content/facts", f), "utf8")).facts.map((x: { record: string }) => x.record)),
    ];
    const flagged = checkText(lines.join("\n\n"), record).findings.filter((x) => x.status === "conflicts");
    expect(flagged.map((f) => f.sentence)).toEqual([]);
  });
  it("reads attempts, 'there was no…' and a possessive name as they are meant", () => {
    expect(status("He joined the June 1957 attempt to oust Khrushchev and was removed from the leadership on 29 June 1957.")).toBeUndefined();
    expect(status("Malenkov was made to give up the party Secretariat on 14 March 1953; there was no First Secretary then.")).toBe("agrees");
    expect(status("Mikhail Kalinin. Head of state for most of Stalin's rule. He gave up the post in March 1946 and died that June.")).not.toBe("conflicts");
  });
});

describe("titles and notes", () => {
  it("does not read a film's or book's title as an event", () => {
    expect(status("The Death of Stalin was banned in Russia in January 2018.")).toBeUndefined();
    expect(status("The death of Stalin came in 1954.")).toBe("conflicts");
    expect(status("Rayfield's *Stalin and His Hangmen: The Tyrant and Those Who Killed for Him* (2004) describes Beria.")).toBeUndefined();
    expect(status("Russia Beyond ran an article on Stalin's death and funeral in 2019.")).toBeUndefined();
  });
  it("lets the post named in 'the funeral commission' win over the funeral", () => {
    expect(status("Khrushchev chaired the joint session of 5 March 1953 and the funeral commission.")).not.toBe("conflicts");
  });
  it("takes a name after 'of' for the object, unless it follows the post", () => {
    expect(status("He led the removal of Khrushchev in October 1964 and became First Secretary.")).not.toBe("conflicts");
    expect(status("The premiership of Malenkov ended in 1956.")).toBe("conflicts");
  });
  it("gives a bracketed participle its own date", () => {
    expect(status("The amnesty decree of 27 March 1953 (published 28 March 1953) freed many.")).not.toBe("conflicts");
  });
});

describe("strangers and pronouns in notes", () => {
  it("reads an apposed participle after a stranger's name as the stranger's", () => {
    expect(status("The actor Zbruyev, born 31 March 1938, was the child of an enemy of the people, as Stalin's regime called them.")).toBeUndefined();
    expect(status("Stalin, struck by a stroke on 1 March, died on 3 March 1953.")).toBe("conflicts");
  });
  it("gives an age after a pronoun to the pronoun's person", () => {
    expect(status("Beria was read Drozdova's statement; in 1949 she had been a 16-year-old pupil.")).toBeUndefined();
  });
  it("takes an organisation in the possessive for someone else ('Beria's NKVD arrested…')", () => {
    expect(status("In 1939 Beria's NKVD arrested Litvinov's associates.")).toBeUndefined();
  });
});

describe("classes found by the held-out batches (after their first run)", () => {
  it("reads names in lower case, as in posts", () => {
    expect(status("omg stalin had his stroke on march 3 1953 and nobody called a doctor.")).toBe("conflicts");
  });
  it("anchors 'after the arrest' on the person the sentence names, but never 'after the death' on the one who acts", () => {
    expect(status("Only two weeks after the arrest, Beria was shot by decision of the court.")).toBe("conflicts");
    expect(status("Nine days after the death, Malenkov was made to give up his seat in the party Secretariat.")).not.toBe("conflicts");
  });
  it("reads 'excluded from the Presidium' as a fall", () => {
    expect(status("Kaganovich was excluded from the Presidium together with Molotov and Malenkov in the year 1958.")).toBe("conflicts");
  });
  it("does not take 'the new premier's first deputies' for the premier", () => {
    expect(status("The secret police chief became one of the new premier's first deputies in March 1953.")).not.toBe("conflicts");
  });
  it("judges a statement followed by a remark on the film, but not a negated one", () => {
    expect(status("Beria got arrested like a week after the funeral, the movie's not wrong about that.")).toBe("conflicts");
    expect(status("Beria was arrested in June 1953, not July.")).toBeUndefined();
  });
  it("reads 'only after X had been arrested' as an order of events", () => {
    expect(status("Molotov's wife was freed from prison only after Beria himself had been arrested.")).toBe("conflicts");
    expect(status("Beria was shot after Stalin died.")).toBe("agrees");
  });
});

describe("captions and informal notes", () => {
  it("flags a title worn after the holder's last recorded tenure ended", () => {
    expect(status("Caption: Vyacheslav Molotov, Soviet Foreign Minister, at the Geneva conference, 1957.")).toBe("conflicts");
    expect(status("Caption: Vyacheslav Molotov, Soviet Foreign Minister, at the Geneva conference, 1955.")).toBe("agrees");
    expect(status("In 1958 Zhukov, the former defence minister, lived in retirement.")).not.toBe("conflicts");
  });
  it("reads 'til' as until, and 'the minister of the defence'", () => {
    expect(status("molotov was foreign minister til 1958")).toBe("conflicts");
    expect(status("In year 1953 Zhukov was the minister of the defence.")).toBe("conflicts");
  });
});

describe("round 2: stretches and dates", () => {
  it("judges a stretch counted from an event the sentence names, even when the nearest date agrees", () => {
    expect(status("Stalin's funeral took place on 9 March 1953, a week after he died.")).toBe("conflicts");
    expect(status("Stalin's funeral took place on 9 March 1953, four days after he died.")).toBe("agrees");
    expect(status("Beria was shot on 23 December 1953, six months after he was arrested.")).not.toBe("conflicts");
  });
  it("reads a fragment or a pronoun after a question as its answer", () => {
    expect(status("When was Beria executed? In January 1954, after a secret trial.")).toBe("conflicts");
    expect(status("When was Beria executed? In December 1953, after a secret trial.")).toBe("agrees");
    expect(status("When were the Kremlin doctors declared innocent? They were released in January 1953.")).toBe("conflicts");
    expect(status("Which job did Nikita Khrushchev get in the spring of 1953? He was made First Secretary in March 1953.")).toBe("conflicts");
  });
  it("judges a statement followed by 'and never …'", () => {
    expect(status("Stalin was struck down by a stroke on 3 March 1953 and never recovered.")).toBe("conflicts");
    expect(status("Beria was arrested in June 1953 and never tried.")).toBe("conflicts");
  });
});

describe("round 2: people", () => {
  it("does not take a relative with another given name for the person of that surname", () => {
    expect(status("Stalin's wife, Nadezhda Alliluyeva, died in 1932.")).toBeUndefined();
    expect(status("Svetlana Alliluyeva died in 1932.")).toBe("conflicts");
    expect(status("Georgy Maximilianovich Malenkov died in 1975.")).toBe("conflicts");
    expect(status("Marshal Zhukov died in 1975.")).toBe("conflicts");
  });
});

describe("round 2: informal and old-fashioned words", () => {
  it("reads 'assumed the premiership' as an appointment, while 'it was assumed that' still hedges", () => {
    expect(status("Bulganin assumed the premiership upon Stalin's death.")).toBe("conflicts");
    expect(status("It was assumed that Beria was shot in 1954.")).toBeUndefined();
  });
  it("knows 'keeled over', 'brought to an end' and 'a full week'", () => {
    expect(status("Stalin keeled over on the night of 3 March.")).toBe("conflicts");
    expect(status("Khrushchev's long ascendancy was brought to an end in the autumn of 1965 by his own colleagues.")).toBe("conflicts");
    expect(status("For a full week the body of Stalin lay in state in the Hall of Columns.")).toBe("conflicts");
    expect(status("For three days the body of Stalin lay in state in the Hall of Columns.")).toBe("agrees");
  });
  it("anchors 'after they grabbed him' on the person named before", () => {
    expect(status("Beria was taken out and shot a couple of weeks after they grabbed him.")).toBe("conflicts");
  });
  it("reads \"X's the one\" as 'X is', so the next 'he' is X", () => {
    expect(status("Beria's the one everyone loves to hate. He was only 49 when they shot him.")).toBe("conflicts");
  });
});

describe("round 2: who presided", () => {
  it("checks the name of who chaired a court against the fact's chair", () => {
    expect(status("Beria was sentenced to death by a special court chaired by Marshal Zhukov.")).toBe("conflicts");
    expect(status("Beria was tried by a special court chaired by Marshal Ivan Konev.")).toBe("agrees");
    expect(status("The court that tried Beria was presided over by Zhukov.")).toBe("conflicts");
    expect(status("The funeral commission was chaired by Khrushchev.")).not.toBe("conflicts");
    expect(status("Beria's trial was led by the prosecutor Rudenko.")).not.toBe("conflicts");
    expect(status("The investigation was headed by Rudenko before Beria's trial in December.")).not.toBe("conflicts");
  });
});

describe("round 2: how long a tenure lasted", () => {
  it("judges 'held the post for …' against the holder's tenure, loosely", () => {
    expect(status("Malenkov held the premiership for only a few weeks.")).toBe("conflicts");
    expect(status("Khrushchev was First Secretary for three years.")).toBe("conflicts");
    expect(status("Khrushchev was First Secretary for eleven years.")).toBe("agrees");
    expect(status("Zhukov was defence minister for two years.")).not.toBe("conflicts");
  });
  it("judges 'held both posts for …' by the time two complete tenures overlapped", () => {
    expect(status("Khrushchev held both top posts for less than two years.")).toBe("conflicts");
    expect(status("Khrushchev held both top posts for six years.")).toBe("agrees");
    expect(status("Khrushchev took over the premiership from Bulganin in March 1958. He held both top posts for less than two years.")).toBe("conflicts");
  });
});

describe("round 2: lists", () => {
  it("dates each item of a list by its lead-in's date before the colon", () => {
    expect(status("The new team of March 1953 looked like this: Malenkov, head of government; Beria, police and security; Zhukov, Minister of Defence.")).toBe(
      "conflicts",
    );
    expect(
      status("The new team of March 1953 looked like this: Malenkov, head of government; Beria, police and security; Bulganin, Minister of Defence."),
    ).toBe("agrees");
  });
});

describe("round 2: a dated succession with no post named", () => {
  it("checks the date against the posts the record hands from one to the other", () => {
    expect(status("Brezhnev took over from Khrushchev in 1965.")).toBe("conflicts");
    expect(status("Brezhnev took over from Khrushchev in October 1964.")).toBe("agrees");
    expect(status("In 1956 Bulganin replaced Malenkov.")).toBe("conflicts");
    expect(status("Khrushchev succeeded Bulganin in 1958.")).toBe("agrees");
  });
});

describe("round 2: relatives in the possessive", () => {
  it("does not lend a date to 'his father's death'", () => {
    expect(status("Vasily Stalin was arrested in April 1953, a few weeks after his father's death.")).not.toBe("conflicts");
    expect(status("Vasily Stalin died in April 1953, a few weeks after his father's death.")).toBe("conflicts");
  });
});

describe("round 2: events still ahead, and earlier tenures", () => {
  it("does not date an event that is still awaited", () => {
    expect(status("In the summer of 1953 Beria was in prison awaiting trial.")).toBeUndefined();
    expect(status("In the summer of 1953 Beria was put on trial.")).toBe("conflicts");
  });
  it("leaves a dismissal long before the record's first tenure to that earlier tenure", () => {
    expect(status("Molotov, sacked as foreign minister in 1949, got the job back in 1953.")).not.toBe("conflicts");
    expect(status("Molotov was sacked as foreign minister in 1949 and again in 1955.")).toBe("conflicts");
    expect(status("Molotov was sacked as foreign minister in 1958.")).toBe("conflicts");
  });
});

describe("round 2: a finer date inside the nearest one", () => {
  it("judges 'In 1956 … on 14 February' by the day", () => {
    expect(status("In 1956 Khrushchev's speech at the 20th Congress was delivered in secret on 14 February.")).toBe("conflicts");
    expect(status("In 1956 Khrushchev's speech at the 20th Congress was delivered in secret on 25 February.")).toBe("agrees");
  });
});

describe("round 2: other people with the same first name, and past titles", () => {
  it("does not take 'Joseph Davies' or 'Vasily Grossman' for Stalin or his son", () => {
    expect(status("Joseph Davies, the US ambassador, died in 1958.")).toBeUndefined();
    expect(status("Vasily Grossman died in 1964.")).toBeUndefined();
    expect(status("Joseph Stalin died in 1954.")).toBe("conflicts");
    expect(status("Joseph Vissarionovich Stalin died in 1954.")).toBe("conflicts");
  });
  it("leaves 'the old foreign minister' and 'who had been foreign minister' to an earlier time", () => {
    expect(status("In 1962 the old foreign minister Molotov was sent to Vienna.")).toBeUndefined();
    expect(status("In 1960 Molotov, who had been foreign minister, was ambassador to Mongolia.")).toBeUndefined();
    expect(status("In 1960 Molotov, then foreign minister, was ambassador to Mongolia.")).toBe("conflicts");
  });
});

describe("round 2: narration in the present", () => {
  it("borrows no date from earlier sentences for a sentence with no past tense", () => {
    expect(status("The story begins in March 1953 with a radio concert. Zhukov, defence minister, bursts in with his medals.")).toBeUndefined();
    expect(status("Beria was arrested on 26 June 1953. Later that night, Beria is shot in the courtyard.")).toBeUndefined();
    expect(status("Beria was arrested on 26 June 1953. Later that night, Beria was shot in the courtyard.")).toBe("conflicts");
    expect(status("The story begins in March 1953. Zhukov, defence minister, stormed in with his medals.")).toBe("conflicts");
  });
});

describe("round 2: descriptions that point back", () => {
  it("reads 'the fallen minister' as the person just named", () => {
    expect(status("Beria languished in confinement through the autumn. In December 1954 the fallen minister was brought before a tribunal.")).toBe("conflicts");
    expect(status("Beria languished in confinement through the autumn. In December 1953 the fallen minister was brought before a tribunal.")).toBe("agrees");
    expect(status("Beria languished in confinement. In December 1954 the fallen minister Abakumov was brought before a tribunal.")).not.toBe("conflicts");
  });
});

describe("round 2: shares of a total", () => {
  it("does not take the total in 'half of the Gulag's 2.5 million prisoners' for the count", () => {
    expect(status("The 1953 amnesty freed roughly half of the Gulag's 2.5 million prisoners.")).not.toBe("conflicts");
    expect(status("The 1953 amnesty freed 2.5 million prisoners.")).toBe("conflicts");
  });
});

describe("round 2: a writer vouching, a little unsure", () => {
  it("reads 'if I've got my dates right' and 'if memory serves' as assertions, but not a real 'if'", () => {
    expect(status("Uncle Joe was 79 when he died if I've got my dates right.")).toBe("conflicts");
    expect(status("Beria was shot in 1954, if I remember rightly.")).toBe("conflicts");
    expect(status("If Beria had been shot in 1954, things would differ.")).toBeUndefined();
  });
});

describe("round 2: he and she", () => {
  it("does not give a woman the event of a 'he' (or a man a 'she's')", () => {
    expect(status("Svetlana, Stalin's daughter, was at the dacha when he died on 5 March and defected in 1967.")).not.toBe("conflicts");
    expect(status("Svetlana, Stalin's daughter, was at the dacha when she died on 5 March.")).toBe("conflicts");
  });
});

describe("round 2: quizzes and what others write", () => {
  it("leaves a quiz statement and what students or books write unjudged", () => {
    expect(status("True or false: Stalin died in 1952.")).toBeUndefined();
    expect(status("Students often confuse the dates and write that Beria died in 1954.")).toBeUndefined();
    expect(status("Some older books give 1879 as Stalin's year of birth.")).toBeUndefined();
    expect(status("Stalin died in 1952.")).toBe("conflicts");
  });
});

describe("round 2: 'by' a date, and a rise to a post", () => {
  it("judges a state 'by' a date on its last day", () => {
    expect(status("By the end of 1953 Malenkov was First Secretary and premier.")).toBe("conflicts");
    expect(status("By the end of 1953 Bulganin was defence minister.")).toBe("agrees");
    expect(status("By 1955 Zhukov was defence minister.")).toBe("agrees");
  });
  it("reads 'rise to' a post as an appointment", () => {
    expect(status("Khrushchev's rise to First Secretary came only in 1954.")).toBe("conflicts");
    expect(status("Khrushchev's rise to First Secretary came in September 1953.")).toBe("agrees");
  });
});

describe("round 2: characters", () => {
  it("reads a name owned by an actor or a film as a character", () => {
    expect(status("Jason Isaacs's Zhukov is already defence minister in March 1953.")).toBeUndefined();
    expect(status("The film's Beria is shot in June 1953.")).toBeUndefined();
    expect(status("Molotov's wife Polina was freed in 1955.")).toBe("conflicts");
  });
});

describe("round 2: halves and decades of life", () => {
  it("reads 'half a year after' as about six months", () => {
    expect(status("Beria was shot half a year after his arrest.")).toBe("agrees");
    expect(status("Beria was shot a year after his arrest.")).toBe("conflicts");
  });
  it("gives 'early', 'mid' and 'late' in a decade of life a year's overlap", () => {
    expect(status("Stalin died in his early seventies.")).toBe("agrees");
    expect(status("Stalin died in his late seventies.")).toBe("conflicts");
  });
});

describe("round 2: a decree dated by its name", () => {
  it("reads 'the 1954 amnesty' and 'the amnesty of April 1953' as the decree's date", () => {
    expect(status("The 1954 amnesty freed over a million people.")).toBe("conflicts");
    expect(status("The amnesty of April 1953 freed over a million people.")).toBe("conflicts");
    expect(status("The March 1953 amnesty freed over a million people.")).toBe("agrees");
    expect(status("The 1952 Doctors' Plot terrified Moscow.")).toBeUndefined();
  });
});

describe("round 2: a tenure in brackets", () => {
  it("reads years in brackets after a post as its tenure, and after a name as a life", () => {
    expect(status("Nikolai Bulganin, Minister of Defence (1953–1956)")).toBe("conflicts");
    expect(status("Nikolai Bulganin, Minister of Defence (1953–1955)")).toBe("agrees");
    expect(status("Georgy Malenkov (1902–1988) was premier.")).not.toBe("conflicts");
  });
});

describe("round 2, after the held-out run: reports, hand-overs, parts of months", () => {
  it("gives a date to the reporting verb before it ('reveal in July that…')", () => {
    expect(status("Soviet newspapers reveal in July that Beria has been arrested.")).toBeUndefined();
  });
  it("leaves a post to the unknown subject of 'replaced X as'", () => {
    expect(status("The man who replaced Molotov as foreign minister in 1956 was Dmitri Shepilov.")).toBeUndefined();
  });
  it("reads 'the end of June 1957' as its last third, 'just before' and 'within a week of' as close", () => {
    expect(status("Molotov, Malenkov and Kaganovich were expelled from the leadership at the end of June 1957.")).toBe("agrees");
    expect(status("Beria was arrested in early June 1953.")).toBe("conflicts");
    expect(status("Beria is shot just before Christmas 1954.")).toBe("conflicts");
    expect(status("Beria was shot just before Christmas 1953.")).toBe("agrees");
    expect(status("Within a week of the funeral, the imprisoned Kremlin doctors walked free.")).toBe("conflicts");
    expect(status("Within a month of the funeral, the doctors were freed.")).toBe("agrees");
  });
  it("reads an opening 'As Minister of Defence, Zhukov…' as Zhukov's title", () => {
    expect(status("As Minister of Defence, Zhukov brought troops into the Kremlin to arrest Beria in June 1953.")).toBe("conflicts");
  });
  it("knows 'claimed seven lives', 'frees', and the coffin carried to the Mausoleum", () => {
    expect(status("The crush in the streets around Trubnaya Square claimed just seven lives.")).toBe("conflicts");
    expect(status("The crush claimed at least 109 lives.")).toBe("agrees");
    expect(status("Amnesty frees half a million Soviet prisoners.")).toBe("conflicts");
    expect(status("On 10 March 1953, the coffin was carried across Red Square to the Mausoleum.")).toBe("conflicts");
  });
  it("reads 'gets picked up' as an arrest", () => {
    expect(status("HOST: So then Beria gets picked up in early August 1953, and that's basically the end of him.")).toBe("conflicts");
  });
  it("does not give an anchor event the date after its comma", () => {
    expect(status("Polina was freed shortly after the funeral, on 10 March 1953.")).not.toBe("conflicts");
  });
});
