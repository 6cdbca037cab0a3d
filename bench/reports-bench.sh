#!/usr/bin/env bash
# Reproduces the "Reports at scale (issue 18)" figures in BENCHMARKS.md, over HTTP on loopback against the packaged
# app (-Xmx1g) on a fresh embedded PostgreSQL:
#  1. POST /api/v1/validate with the 100,000-component synthetic topology (62.8 MB of JSON): the default (compact)
#     answer timed end to end by curl (upload, parse, rules, root causes, serialisation, download) after WARMUP warm-up
#     call, RUNS times, with the app's CPU per call by thread (the collector's, the JIT's, the request's; from /proc);
#     then the bytes of each view (compact, compact gzipped, summary, full);
#  2. PUT …/draft + POST …/submit of the same document, and of a 10,000-component one;
#  3. the pages and the API that list the submitted 100,000-component version's findings: time to first byte; then
#     the workspace, its check and the sign-off page of the same document as a draft.
# The API calls carry an API token (Authorization: Bearer), as a program's do; one validate call with HTTP Basic is
# timed beside them (a person's password is checked with bcrypt on every such request).
# Needs curl. COMPONENTS (default 100000) sets the size of the big topology; SKIP_BUILD=1 reuses target/ (and the
# topologies written by an earlier run); SKIP_VALIDATE=1 leaves out part 1 (for the submission's figures alone);
# WARMUP (default 10) sets the number of validate calls before the timed ones (the JIT is still compiling after one,
# and needs about ten calls of this size to settle);
# SUBMITS (default 5) sets how many times the big document is saved and submitted (each time as a new filing);
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
BIG=target/t-big-$COMPONENTS.json
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -s "$BIG" ]; then
  java -Xmx2g -cp "$CP" kr.drregistry.topology.bench.SyntheticTopology "$COMPONENTS" "$BIG" example-talk
fi
if [ "${ONLY:-}" != validate ] && { [ "${SKIP_BUILD:-}" != 1 ] || [ ! -s target/t-10k.json ]; }; then
  java -cp "$CP" kr.drregistry.topology.bench.SyntheticTopology 10000 target/t-10k.json example-talk
fi
DATA=$(mktemp -d)
DRR_DATA_DIR="$DATA" java -Xmx${HEAP:-1g} ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MPORT" \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-reports-app.log 2>&1 &
APP=$!
JAR=$(mktemp)
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA" "$JAR" "$JAR".cpu*' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$MPORT/q/health/ready" >/dev/null && break; sleep 1; done
HOST="http://127.0.0.1:$PORT"
U="talk-officer:demo-pass-2026"
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }
# the API calls use an API token, as a program does (Authorization: Bearer); HTTP Basic checks a person's password
# (bcrypt) on every request, which adds ~0.1-0.2 s per call on this machine (measured once below for comparison)
SECRET=$(curl -sf -u "$U" -H 'Content-Type: application/json' -d '{"name":"reports-bench","scopes":["read","validate","submit"]}' \
  "$HOST/api/v1/tokens" | field secret)
AUTH=(-H "Authorization: Bearer $SECRET")
echo "== $COMPONENTS components, $(wc -c < "$BIG") bytes of JSON; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${SKIP_VALIDATE:-}" != 1 ]; then
echo "-- 1. POST /api/v1/validate"
for _ in $(seq 1 "${WARMUP:-10}"); do
  curl -s -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' --data-binary @"$BIG" "$HOST/api/v1/validate"
done
# CPU seconds of the app's threads, summed by thread name without its number (GC Thread, G1 Conc, C2 CompilerThread,
# executor-thread, ForkJoinPool…, drr-parse-check…), from /proc: how much of the timed calls was the collector's
thread_cpu() {
  for t in /proc/$APP/task/*; do
    printf '%s|%s\n' "$(sed 's/[#0-9-]*$//;s/ *$//' "$t/comm" 2>/dev/null)" "$(awk '{print $14+$15}' "$t/stat" 2>/dev/null)"
  done | awk -F'|' '$2 != "" {a[$1]+=$2} END {for (k in a) print k"|"a[k]}' | sort
}
# (the process's total as well: a thread that ends between the two readings takes its CPU out of the per-thread sums)
[ -d "/proc/$APP/task" ] && thread_cpu > "$JAR.cpu0" && awk '{print $14+$15}' "/proc/$APP/stat" > "$JAR.cpu0.all"
times=$(for _ in $(seq 1 "$RUNS"); do
  echo "  load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  curl -s -o /dev/null -w '%{time_total}\n' "${AUTH[@]}" -H 'Content-Type: application/json' --data-binary @"$BIG" "$HOST/api/v1/validate"
done)
echo "compact (default), $RUNS runs: $(echo "$times" | tr '\n' ' ')s; median $(echo "$times" | median) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$JAR.cpu0" ]; then
  thread_cpu > "$JAR.cpu1"
  echo "CPU per timed call by thread (ms; clock ticks of 10 ms):"
  join -t'|' -a2 -e0 -o 0,1.2,2.2 "$JAR.cpu0" "$JAR.cpu1" \
    | awk -F'|' -v n="$RUNS" '{d = ($3 - $2) * 10 / n; if (d >= 20) printf "  %-24s %6d\n", $1, d}'
  echo "  the whole process        $(( ($(awk '{print $14+$15}' "/proc/$APP/stat") - $(cat "$JAR.cpu0.all")) * 10 / RUNS ))"
fi
curl -s -o /dev/null -w "the same call once more with HTTP Basic (-u) instead of the token: %{time_total} s\n" -u "$U" \
  -H 'Content-Type: application/json' --data-binary @"$BIG" "$HOST/api/v1/validate"
if [ "${ONLY:-}" = validate ]; then exit 0; fi
for view in "" "view=summary" "view=full"; do
  curl -s -o /dev/null -w "${view:-compact}: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" "${AUTH[@]}" \
    -H 'Content-Type: application/json' --data-binary @"$BIG" "$HOST/api/v1/validate?$view"
done
curl -s -o /dev/null -w "compact, Accept-Encoding: gzip: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" "${AUTH[@]}" \
  -H 'Accept-Encoding: gzip' -H 'Content-Type: application/json' --data-binary @"$BIG" "$HOST/api/v1/validate"

fi

echo "-- 2. PUT draft + POST submit"
submit() {  # year file
  local id put sub
  id=$(curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -d "{\"type\":\"TOPOLOGY\",\"planYear\":$1,\"title\":\"bench reports $1\"}" "$HOST/api/v1/filings" | field id)
  put=$(curl -sf -o /dev/null -w '%{time_total}' -X PUT "${AUTH[@]}" -H 'Content-Type: application/json' -H 'If-Match: "d0"' \
    --data-binary @"$2" "$HOST/api/v1/filings/$id/draft")
  sub=$(curl -sf -o /dev/null -w '%{time_total}' -X POST "${AUTH[@]}" "$HOST/api/v1/filings/$id/submit")
  echo "$(basename "$2"): draft ${put} s + submit ${sub} s = $(awk -v a="$put" -v b="$sub" 'BEGIN {printf "%.3f", a + b}') s" >&2
  awk -v a="$put" -v b="$sub" 'BEGIN {printf "%.3f\n", a + b}' >> "$TOTALS"
  echo "$id"
}
TOTALS=$(mktemp)
submit 2085 target/t-10k.json > /dev/null
submit 2086 target/t-10k.json > /dev/null
# the big one SUBMITS times (default 5), each a filing of its own; the pages below read the last
: > "$TOTALS"
for y in $(seq 2087 $((2086 + ${SUBMITS:-5}))); do ID=$(submit "$y" "$BIG"); done
echo "$(basename "$BIG"): draft + submit, median of ${SUBMITS:-5}: $(median < "$TOTALS") s"
rm -f "$TOTALS"

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
# the draft is the submitted document: the workspace (its check is a second request the page makes) and the sign-off
page "workspace /portal/filings/{id}/topology" "$JAR" "/portal/filings/$ID/topology"
CSRF=$(curl -s -b "$JAR" "$HOST/portal/filings/$ID/topology" | grep -o 'X-CSRF-TOKEN": "[^"]*' | head -1 | cut -d'"' -f3)
t=$(for _ in 1 2 3; do curl -s -o /dev/null -b "$JAR" -H "X-CSRF-TOKEN: $CSRF" -H 'HX-Request: true' -X POST \
  -w '%{time_starttransfer}\n' "$HOST/portal/filings/$ID/topology/check"; done | median)
echo "workspace check of the saved draft POST …/topology/check: $t s (median of 3), $(curl -s -b "$JAR" -H "X-CSRF-TOKEN: $CSRF" \
  -H 'HX-Request: true' -X POST "$HOST/portal/filings/$ID/topology/check" | wc -c) bytes"
t=$(for _ in 1 2 3; do curl -s -o /dev/null -b "$JAR" -w '%{time_starttransfer}\n' "$HOST/portal/filings/$ID/submit"; done | median)
echo "sign-off /portal/filings/{id}/submit: $t s (median of 3), $(curl -s -b "$JAR" "$HOST/portal/filings/$ID/submit" | wc -c) bytes, HTTP $(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$HOST/portal/filings/$ID/submit")"
t=$(for _ in $(seq 1 5); do curl -s -o /dev/null "${AUTH[@]}" -w '%{time_starttransfer}\n' "$HOST/api/v1/filings/$ID/versions/1/findings?rule=SPOF-002&page=3"; done | median)
echo "GET /api/v1/filings/{id}/versions/1/findings?rule=SPOF-002&page=3: $t s (median of 5), $(curl -s "${AUTH[@]}" "$HOST/api/v1/filings/$ID/versions/1/findings?rule=SPOF-002&page=3" | wc -c) bytes"
curl -s -o /dev/null "${AUTH[@]}" -w "GET /api/v1/filings/{id}/versions/1/findings?view=full: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" \
  "$HOST/api/v1/filings/$ID/versions/1/findings?view=full"
rm -f "$RJAR"
