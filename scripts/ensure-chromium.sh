#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core never downloads a
# browser here). Install it when missing and we are allowed to; otherwise say
# exactly what is needed.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM: installing Debian's chromium package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
