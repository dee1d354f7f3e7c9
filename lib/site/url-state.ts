// Writing a view into the address bar without waking Next's router. Next
// patches window.history so that every push re-renders its router; views
// that keep their own state (the finder, the timeline highlight) use the
// unpatched History methods instead. Their entries carry a null state, which
// Next's popstate handler leaves alone, so each view restores itself on back
// and forward from its own popstate listener.
export function writeUrl(url: string, mode: "push" | "replace") {
  const method = mode === "push" ? History.prototype.pushState : History.prototype.replaceState;
  method.call(window.history, null, "", url);
}
