#!/usr/bin/env bash
# Reproduces the regulator-page figures in BENCHMARKS.md: the review queue, sector, coverage and trends pages with
# 1,000 organisations, 20,000 filings and 1,000,000 findings in the database (bench/regulator-data.sql), rendered
# server side. Each page is fetched 10 times to warm up, then RUNS times one after another on loopback; the time is
# curl's time to the first byte (the page is rendered whole before it is sent).
# Needs curl and psql (Debian postgresql-client). Starts its own app on a fresh embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18082}
MPORT=${MPORT:-19082}  # the management interface: health and metrics
DBPORT=${DBPORT:-15499}
RUNS=${RUNS:-50}
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
# KEEP_DATA=<dir>: keep the loaded database there and reuse it on the next run (loading takes a few minutes)
DATA=${KEEP_DATA:-$(mktemp -d)}
JAR=$(mktemp)
DRR_DATA_DIR="$DATA" DRR_EMBEDDED_DB_PORT="$DBPORT" java -Xmx1g -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MPORT" \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-regulator-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; [ -n "${KEEP_DATA:-}" ] || rm -rf "$DATA"; rm -f "$JAR"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$MPORT/q/health/ready" >/dev/null && break; sleep 1; done
start=$(date +%s)
if [ "$(psql -At -h 127.0.0.1 -p "$DBPORT" -U postgres drregistry -c "select count(*) from organisation where slug like 'bench-%'")" = 0 ]; then
  psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DBPORT" -U postgres drregistry -f bench/regulator-data.sql
  echo "== data loaded in $(( $(date +%s) - start )) s:"
else
  echo "== data already loaded in $DATA:"
fi
psql -At -h 127.0.0.1 -p "$DBPORT" -U postgres drregistry -c "select (select count(*) from organisation) || ' organisations, ' || (select count(*) from filing) || ' filings, ' || (select count(*) from filing_version) || ' versions, ' || (select count(*) from version_finding) || ' findings, ' || (select count(*) from finding_disposition) || ' dispositions, ' || (select count(*) from version_exposure) || ' exposures'"
HOST="http://127.0.0.1:$PORT"
curl -sf -o /dev/null -c "$JAR" -b "$JAR" "$HOST/login"
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "j_username=lead&j_password=demo-pass-2026" "$HOST/j_security_check"
echo "== $RUNS runs per page after 10 warm-up runs (signed in as lead)"
printf '%-52s %8s %8s %8s %8s %10s\n' page median p90 p99 max bytes
[ "${SERVE_ONLY:-}" = 1 ] && { echo "serving on $HOST until killed"; wait $APP; }
for path in "/regulator" "/regulator?sort=critical&desc=true" "/regulator?status=CHANGES_REQUESTED&page=20" \
            "/regulator?operator=bench-0500" "/regulator/sector" "/regulator/coverage" "/regulator/coverage?overdue=true" \
            "/regulator/trends" "/regulator/incidents" "/regulator/incidents/recovery"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$HOST$path")
  if [ "$code" != 200 ]; then printf '%-52s HTTP %s\n' "$path" "$code"; continue; fi
  for _ in $(seq 1 10); do curl -s -o /dev/null -b "$JAR" "$HOST$path"; done
  times=$(for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -b "$JAR" -w '%{time_starttransfer}\n' "$HOST$path"; done | sort -n)
  bytes=$(curl -s -b "$JAR" "$HOST$path" | wc -c)
  pick() { echo "$times" | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p+0.999); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }
  printf '%-52s %6sms %6sms %6sms %6sms %10s\n' "$path" "$(pick 0.5)" "$(pick 0.9)" "$(pick 0.99)" "$(pick 1.0)" "$bytes"
done
