#!/usr/bin/env bash
# Builds the static export and runs the browser tests against it, served by
# nginx with the configuration deploy/nginx.conf is generated from (only the
# root, port and temp folder differ), so CI proves the shipped setup.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${EXPORT_PORT:-8181}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
npm run export
tmp="$(mktemp -d)"
pid=""
# Stop the nginx this script started (by its pid), wait for it to go, then remove its folder.
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
NGINX_TMP="$tmp" node scripts/nginx-conf.mjs "$PWD/out" "$PORT" > "$tmp/nginx.conf"
"$NGINX" -t -q -c "$tmp/nginx.conf"
"$NGINX" -c "$tmp/nginx.conf"
pid="$(cat "$tmp/nginx.pid")"
# The export serves the same HTML as `npm start`, so what depends on the server (headers, CSP hashes, routing,
# caching, scripts running under the policy, every page validating) runs again here; the accessibility pass
# (the markup is byte-for-byte the same) and the dev-server reload test (no server of ours involved) run once, in
# the `npm start` pass, to keep CI within its time.
E2E_BASE_URL="http://127.0.0.1:$PORT" npx vitest run --project e2e --exclude tests/e2e/a11y.test.ts --exclude tests/e2e/dev-reload.test.ts
