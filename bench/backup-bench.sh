#!/usr/bin/env bash
# Backup and restore figures of BENCHMARKS.md: the app's own `backup FILE` / `restore FILE` commands on the embedded
# PostgreSQL 17 holding the regulator benchmark data (bench/regulator-data.sql: 1,000 organisations, 20,000 filings,
# 1.2 million findings) — a backup while the app runs, then a restore into a fresh data directory and a start of the
# app on it. Needs curl and psql (Debian postgresql-client) to load the data; the commands themselves need neither.
# KEEP_DATA=<dir> keeps (and reuses) the loaded source database, as in regulator-bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18083}
DBPORT=${DBPORT:-15498}
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
WORK=$(mktemp -d)
DATA=${KEEP_DATA:-$WORK/source}
APP_PID=""
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
JAR=target/quarkus-app/quarkus-run.jar

start_app() { # data dir, log name
  DRR_DATA_DIR="$1" java -Xmx1g -Dquarkus.http.port="$PORT" -jar "$JAR" > "target/bench-backup-$2.log" 2>&1 &
  APP_PID=$!
  local t0=$SECONDS
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "target/bench-backup-$2.log"; exit 1; }
    sleep 1
  done
  echo "== app ready on $1 after $((SECONDS - t0)) s"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""; }
counts() { # port
  psql -At -h 127.0.0.1 -p "$1" -U postgres drregistry -c "select (select count(*) from organisation) || ' organisations, ' || (select count(*) from filing) || ' filings, ' || (select count(*) from filing_version) || ' versions, ' || (select count(*) from version_finding) || ' findings, ' || (select count(*) from audit_entry) || ' audit entries'"
}

DRR_EMBEDDED_DB_PORT="$DBPORT" start_app "$DATA" source
if [ "$(psql -At -h 127.0.0.1 -p "$DBPORT" -U postgres drregistry -c "select count(*) from organisation where slug like 'bench-%'")" = 0 ]; then
  t0=$SECONDS
  psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DBPORT" -U postgres drregistry -f bench/regulator-data.sql
  echo "== data loaded in $((SECONDS - t0)) s"
fi
echo "== source: $(counts "$DBPORT"), $(du -sh "$DATA/postgres" | cut -f1) on disk"

echo "== backup while the app runs"
/usr/bin/time -f "   %e s wall, %M kB max RSS" env DRR_DATA_DIR="$DATA" java -jar "$JAR" backup "$WORK/bench.drr-backup"
ls -l "$WORK/bench.drr-backup" | awk '{printf "   archive: %.1f MB\n", $5 / 1048576}'
stop_app

echo "== restore into a fresh data directory"
/usr/bin/time -f "   %e s wall, %M kB max RSS" env DRR_DATA_DIR="$WORK/restored" java -jar "$JAR" restore "$WORK/bench.drr-backup"
echo "   restored: $(du -sh "$WORK/restored/postgres" | cut -f1) on disk"

DRR_EMBEDDED_DB_PORT="$DBPORT" start_app "$WORK/restored" restored
echo "== restored: $(counts "$DBPORT")"
curl -s -u lead:demo-pass-2026 "http://127.0.0.1:$PORT/api/v1/audit/verify"; echo
stop_app
