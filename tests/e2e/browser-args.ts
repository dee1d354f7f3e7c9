// The system Chromium's flags for this sandbox (see shared/research/toolchain.md):
// without the background-networking flags Chromium keeps trying to reach hosts
// the closed network refuses.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
