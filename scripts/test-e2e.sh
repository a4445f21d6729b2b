#!/usr/bin/env bash
# Builds the console, starts zhijiao on a fresh embedded database with the demo data, and runs
# the Playwright (playwright-core) tests in Debian's Chromium against it.
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Chromium not found at $CHROMIUM_PATH: install Debian's chromium package (apt-get install -y chromium)." >&2
  exit 1
fi

for tool in soffice pdfinfo pdftotext; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool not found: install Debian's libreoffice-writer and poppler-utils (apt-get install -y libreoffice-writer poppler-utils)." >&2
    exit 1
  fi
done

# Every enforcement document opened in LibreOffice and measured (no server needed).
npx vitest run --config packages/server/test/libreoffice.vitest.config.ts

npm run build -w @zhijiao/web

PORT="${ZHIJIAO_E2E_PORT:-3107}"
# The JT/T 808 listener of the server under test, away from a developer's running instance.
export ZHIJIAO_JT808_PORT="${ZHIJIAO_JT808_PORT:-16808}"
if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then
  echo "Port $PORT is already serving: stop that server or set ZHIJIAO_E2E_PORT." >&2
  exit 1
fi
DATA="$(mktemp -d /tmp/zhijiao-e2e.XXXXXX)"
# node itself (not npx) so that the PID below is the server's and stopping it stops the server.
ZHIJIAO_DATA_DIR="$DATA" PORT="$PORT" HOST=127.0.0.1 node --import tsx packages/server/src/cli.ts start >"$DATA/server.log" 2>&1 &
PID=$!
cleanup() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  cp "$DATA/server.log" /tmp/zhijiao-e2e-server.log 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$PID" 2>/dev/null; then cat "$DATA/server.log"; echo "server exited" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null || { cat "$DATA/server.log"; echo "server did not start" >&2; exit 1; }

ZHIJIAO_E2E_URL="http://127.0.0.1:$PORT" npx vitest run --config packages/e2e/vitest.config.ts "$@" || {
  status=$?
  echo "--- server log ---"; tail -50 "$DATA/server.log"
  exit $status
}
