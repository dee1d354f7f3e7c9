#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core never downloads a
# browser here) and the export tests serve out/ with Debian's nginx. Install
# what is missing when we are root; otherwise say exactly what is needed.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need these Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})." >&2
exit 1
