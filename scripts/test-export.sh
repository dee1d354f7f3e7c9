#!/usr/bin/env bash
# Builds the static export and runs the browser tests against it, served by
# nginx with the repository's configuration (same headers as next start).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${EXPORT_PORT:-8181}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
npm run export
tmp="$(mktemp -d)"
NGINX_TMP="$tmp" node scripts/nginx-conf.mjs out "$PORT" > "$tmp/nginx.conf"
"$NGINX" -c "$tmp/nginx.conf" -g "daemon off;" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
E2E_BASE_URL="http://127.0.0.1:$PORT" npx vitest run --project e2e
