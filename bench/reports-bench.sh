#!/usr/bin/env bash
# Reproduces the "Reports at scale (issue 18)" figures in BENCHMARKS.md, over HTTP on loopback against the packaged
# app (-Xmx1g) on a fresh embedded PostgreSQL:
#  1. POST /api/v1/validate with the 100,000-component synthetic topology (62.8 MB of JSON): the default (compact)
#     answer timed end to end by curl (upload, parse, rules, root causes, serialisation, download) after one warm-up
#     call, RUNS times; then the bytes of each view (compact, compact gzipped, summary, full);
#  2. PUT …/draft + POST …/submit of the same document, and of a 10,000-component one;
#  3. the pages and the API that list the submitted 100,000-component version's findings: time to first byte.
# Needs curl. COMPONENTS (default 100000) sets the size of the big topology; SKIP_BUILD=1 reuses target/;
# ONLY=validate runs only part 1 (the validate call, RUNS times, without the views) and skips the 10,000-component
# topology, the submissions and the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18082}
MPORT=${MPORT:-19082}
COMPONENTS=${COMPONENTS:-100000}
RUNS=${RUNS:-5}
if [ "${SKIP_BUILD:-}" != 1 ]; then mvn -B -q -DskipTests package; fi
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP="target/classes:$(cat target/cp.txt)"
java -Xmx2g -cp "$CP" kr.drregistry.topology.bench.SyntheticTopology "$COMPONENTS" target/t-big.json example-talk
if [ "${ONLY:-}" != validate ]; then
  java -cp "$CP" kr.drregistry.topology.bench.SyntheticTopology 10000 target/t-10k.json example-talk
fi
DATA=$(mktemp -d)
DRR_DATA_DIR="$DATA" java -Xmx${HEAP:-1g} ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MPORT" \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-reports-app.log 2>&1 &
APP=$!
JAR=$(mktemp)
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA" "$JAR"' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$MPORT/q/health/ready" >/dev/null && break; sleep 1; done
HOST="http://127.0.0.1:$PORT"
U="talk-officer:demo-pass-2026"
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }
echo "== $COMPONENTS components, $(wc -c < target/t-big.json) bytes of JSON; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "-- 1. POST /api/v1/validate"
curl -s -o /dev/null -u "$U" -H 'Content-Type: application/json' --data-binary @target/t-big.json "$HOST/api/v1/validate"
times=$(for _ in $(seq 1 "$RUNS"); do
  echo "  load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  curl -s -o /dev/null -w '%{time_total}\n' -u "$U" -H 'Content-Type: application/json' --data-binary @target/t-big.json "$HOST/api/v1/validate"
done)
echo "compact (default), $RUNS runs: $(echo "$times" | tr '\n' ' ')s; median $(echo "$times" | median) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${ONLY:-}" = validate ]; then exit 0; fi
for view in "" "view=summary" "view=full"; do
  curl -s -o /dev/null -w "${view:-compact}: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" -u "$U" \
    -H 'Content-Type: application/json' --data-binary @target/t-big.json "$HOST/api/v1/validate?$view"
done
curl -s -o /dev/null -w "compact, Accept-Encoding: gzip: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" -u "$U" \
  -H 'Accept-Encoding: gzip' -H 'Content-Type: application/json' --data-binary @target/t-big.json "$HOST/api/v1/validate"

echo "-- 2. PUT draft + POST submit"
submit() {  # year file
  local id put sub
  id=$(curl -sf -u "$U" -H 'Content-Type: application/json' -d "{\"type\":\"TOPOLOGY\",\"planYear\":$1,\"title\":\"bench reports $1\"}" "$HOST/api/v1/filings" | field id)
  put=$(curl -sf -o /dev/null -w '%{time_total}' -X PUT -u "$U" -H 'Content-Type: application/json' -H 'If-Match: "d0"' \
    --data-binary @"$2" "$HOST/api/v1/filings/$id/draft")
  sub=$(curl -sf -o /dev/null -w '%{time_total}' -X POST -u "$U" "$HOST/api/v1/filings/$id/submit")
  echo "$(basename "$2"): draft ${put} s + submit ${sub} s = $(awk -v a="$put" -v b="$sub" 'BEGIN {printf "%.3f", a + b}') s" >&2
  echo "$id"
}
submit 2085 target/t-10k.json > /dev/null
submit 2086 target/t-10k.json > /dev/null
ID=$(submit 2087 target/t-big.json)

echo "-- 3. reading the submitted $COMPONENTS-component version (time to first byte, median of 10 after 2 warm-up)"
curl -sf -o /dev/null -c "$JAR" -b "$JAR" "$HOST/login"
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "j_username=talk-officer&j_password=demo-pass-2026" "$HOST/j_security_check"
RJAR=$(mktemp)
curl -sf -o /dev/null -c "$RJAR" -b "$RJAR" "$HOST/login"
curl -s -o /dev/null -c "$RJAR" -b "$RJAR" -d "j_username=reviewer&j_password=demo-pass-2026" "$HOST/j_security_check"
page() {  # label jar path
  for _ in 1 2; do curl -s -o /dev/null -b "$2" "$HOST$3"; done
  local t
  t=$(for _ in $(seq 1 10); do curl -s -o /dev/null -b "$2" -w '%{time_starttransfer}\n' "$HOST$3"; done | median)
  printf '%-58s %s s, %s bytes, HTTP %s\n' "$1" "$t" "$(curl -s -b "$2" "$HOST$3" | wc -c)" "$(curl -s -o /dev/null -w '%{http_code}' -b "$2" "$HOST$3")"
}
page "version page /filings/{id}/versions/1" "$JAR" "/filings/$ID/versions/1"
page "review page /regulator/filings/{id}/versions/1" "$RJAR" "/regulator/filings/$ID/versions/1"
page "pictures /filings/{id}/pictures?version=1" "$JAR" "/filings/$ID/pictures?version=1"
t=$(for _ in $(seq 1 5); do curl -s -o /dev/null -u "$U" -w '%{time_starttransfer}\n' "$HOST/api/v1/filings/$ID/versions/1/findings?rule=SPOF-002&page=3"; done | median)
echo "GET /api/v1/filings/{id}/versions/1/findings?rule=SPOF-002&page=3: $t s (median of 5), $(curl -s -u "$U" "$HOST/api/v1/filings/$ID/versions/1/findings?rule=SPOF-002&page=3" | wc -c) bytes"
rm -f "$RJAR"
