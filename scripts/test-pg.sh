#!/usr/bin/env bash
# Runs the integration suite against a real PostgreSQL that this script starts in a temporary
# folder (initdb/pg_ctl from Debian's postgresql package) and stops afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

PGBIN="${PGBIN:-}"
if [ -z "$PGBIN" ]; then
  for v in 17 16 15; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then PGBIN="/usr/lib/postgresql/$v/bin"; break; fi
  done
fi
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL ≥ 15 not found: install Debian's postgresql package (apt-get install -y postgresql)." >&2
  exit 1
fi

PORT="${ZHIJIAO_TEST_PG_PORT:-55432}"
DIR="$(mktemp -d /tmp/zhijiao-pg.XXXXXX)"
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
  # initdb refuses to run as root.
  chown postgres "$DIR"
  RUN_AS=(runuser -u postgres --)
fi

stop() {
  "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -A trust -U zj -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -w -l "$DIR/data/log" \
  -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($DIR)"
DATABASE_URL="postgres://zj@127.0.0.1:$PORT/postgres" npx vitest run --project integration "$@"
