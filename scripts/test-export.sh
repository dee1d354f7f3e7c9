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
trap 'kill "$(cat "$tmp/nginx.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$tmp"' EXIT
NGINX_TMP="$tmp" node scripts/nginx-conf.mjs "$PWD/out" "$PORT" > "$tmp/nginx.conf"
"$NGINX" -t -q -c "$tmp/nginx.conf"
"$NGINX" -c "$tmp/nginx.conf"
E2E_BASE_URL="http://127.0.0.1:$PORT" npx vitest run --project e2e
