#!/usr/bin/env bash
# Reproduces the filing figures in BENCHMARKS.md:
#  1. saving (PUT .../draft) and submitting (POST .../submit) a COMPONENTS-component drr/v1 topology end to end
#     (parse, validate, persist), RUNS times, each into a new filing;
#  2. GET /api/v1/filings/{id} under 32 concurrent connections on loopback (wrk, after 10 s of warm-up load),
#     beside GET /api/v1/me (only with WRK=1, the default for 10,000 components).
# COMPONENTS=100000 RUNS=4 bash bench/filings-bench.sh is the 100,000-component case of issue 18 (63 MB of JSON).
# SKIP_BUILD=1 reuses target/quarkus-app. HEAP sets -Xmx (default 1g); JAVA_OPTS adds JVM options (e.g. a JFR recording).
# Each line also says the CPU seconds the app's JVM and its PostgreSQL spent on the save and on the submit (all
# threads and processes; background threads of the app count too), a figure a busy machine disturbs far less.
# Needs curl (and wrk for part 2: apt-get install -y wrk). Starts its own app on a fresh embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
MPORT=${MPORT:-19080}  # the management interface: health and metrics
DURATION=${DURATION:-20s}
COMPONENTS=${COMPONENTS:-10000}
RUNS=${RUNS:-6}
HEAP=${HEAP:-1g}
if [ "$COMPONENTS" = 10000 ]; then WRK=${WRK:-1}; else WRK=${WRK:-0}; fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -DskipTests package
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
fi
DOC=target/t$COMPONENTS.json
[ -s "$DOC" ] || java -Xmx2g -cp "target/classes:$(cat target/cp.txt)" kr.drregistry.topology.bench.SyntheticTopology "$COMPONENTS" "$DOC" example-talk
DATA=$(mktemp -d)
DRR_DATA_DIR="$DATA" java -Xmx"$HEAP" ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MPORT" -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$MPORT/q/health/ready" >/dev/null && break; sleep 1; done
BASE="http://127.0.0.1:$PORT/api/v1"
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }
TOKEN=$(curl -sf -u talk-officer:demo-pass-2026 -H 'Content-Type: application/json' \
  -d '{"name":"bench","scopes":["read","validate","submit"]}' "$BASE/tokens" | field secret)
AUTH="Authorization: Bearer $TOKEN"
# CPU seconds used so far by the app's JVM and its PostgreSQL (the server whose command line names $DATA, and its
# backends): on a machine shared with other work the wall times below stretch, these much less.
cpu() {
  local pids
  pids="$APP"
  for pm in $(pgrep -f -- "$DATA"); do pids="$pids $pm $(pgrep -P "$pm" | tr '\n' ' ')"; done
  for p in $pids; do [ -r "/proc/$p/stat" ] && awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat"; done \
    | awk -v hz="$(getconf CLK_TCK)" '{t += $1} END {printf "%.2f", t / hz}'
}
echo "== save and submit a $COMPONENTS-component topology ($(wc -c < "$DOC") bytes of JSON), -Xmx$HEAP, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for year in $(seq 2091 $((2090 + RUNS))); do
  ID=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d "{\"type\":\"TOPOLOGY\",\"planYear\":$year,\"title\":\"bench\"}" "$BASE/filings" | field id)
  C0=$(cpu)
  PUT=$(curl -sf -o /dev/null -w '%{time_total}' -X PUT -H "$AUTH" -H 'Content-Type: application/json' -H 'If-Match: "d0"' \
    --data-binary @"$DOC" "$BASE/filings/$ID/draft")
  C1=$(cpu)
  SUBMIT=$(curl -sf -o /dev/null -w '%{time_total}' -X POST -H "$AUTH" "$BASE/filings/$ID/submit")
  C2=$(cpu)
  echo "year $year: save draft ${PUT}s, submit (parse + validate + persist) ${SUBMIT}s, together $(echo "$PUT + $SUBMIT" | bc)s (load $(cut -d' ' -f1 /proc/loadavg)); CPU of app + PostgreSQL: save $(awk -v a="$C0" -v b="$C1" 'BEGIN {printf "%.2f", b - a}') s, submit $(awk -v a="$C1" -v b="$C2" 'BEGIN {printf "%.2f", b - a}') s"
done
[ "$WRK" = 1 ] || exit 0
# 10 s of the same load first, discarded: the JIT and the connection pool warm up as on a running server
wrk -t2 -c32 -d10s -H "$AUTH" "$BASE/filings/$ID" > /dev/null
echo "== GET /api/v1/filings/$ID, 32 connections, $DURATION"
wrk -t2 -c32 -d"$DURATION" --latency -H "$AUTH" "$BASE/filings/$ID" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
wrk -t2 -c32 -d10s -H "$AUTH" "$BASE/me" > /dev/null
echo "== GET /api/v1/me (trivial endpoint, same authentication), 32 connections, $DURATION"
wrk -t2 -c32 -d"$DURATION" --latency -H "$AUTH" "$BASE/me" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
