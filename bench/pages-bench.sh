#!/usr/bin/env bash
# Reproduces the page-render figures in BENCHMARKS.md: the portal pages of a 1,000-component topology filing,
# rendered server side. Each page is fetched 20 times to warm up, then 100 times one after another on loopback;
# the time is curl's time to the first byte (the server renders the whole page before it sends it), and the
# script prints the median, p90, p99 and maximum.
# COMPONENTS=100000 files the 100,000-component topology of issue 18 (71 MB of JSON; saving and submitting it take
# tens of seconds on a busy 2-core machine); RUNS and WARM set how often each page is fetched (e.g. RUNS=20 WARM=3
# for 100,000 components); PLAN_YEAR the filing's plan year (2000-2100).
# HEAP the app's maximum heap (default 1g, the target of issue 18; on 2026-12-06 the submit of the 100,000-component
# topology ran out of 1 GB, see BENCHMARKS.md): when the submit fails the script says so and measures the draft's
# pages only (the version pages answer 404).
# Needs curl. Starts its own app on a fresh embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}
MPORT=${MPORT:-19081}  # the management interface: health and metrics
COMPONENTS=${COMPONENTS:-1000}
RUNS=${RUNS:-100}
WARM=${WARM:-20}
PLAN_YEAR=${PLAN_YEAR:-2090}
# one request may take long at 100,000 components (the first render analyses the document): no page waits forever
MAXTIME=${MAXTIME:-600}
HEAP=${HEAP:-1g}
# the app's time budget for one request's parse and validation work (drr.budget.time, 30 s by default): on a busy
# 2-core machine saving the 71 MB document alone takes longer, and the app would stop it (503)
BUDGET=${BUDGET:-PT5M}
# and the transaction timeout (60 s by default), which the 100,000-component submit exceeds on a busy machine
TX_TIMEOUT=${TX_TIMEOUT:-PT10M}
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
java -cp "target/classes:$(cat target/cp.txt)" kr.drregistry.topology.bench.SyntheticTopology "$COMPONENTS" target/t-pages.json example-talk
DATA=$(mktemp -d)
JAR=$(mktemp)
DRR_DATA_DIR="$DATA" java -Xmx"$HEAP" -Ddrr.budget.time="$BUDGET" -Dquarkus.transaction-manager.default-transaction-timeout="$TX_TIMEOUT" -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MPORT" -jar target/quarkus-app/quarkus-run.jar > target/bench-pages-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA" "$JAR"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$MPORT/q/health/ready" >/dev/null && break; sleep 1; done
HOST="http://127.0.0.1:$PORT"
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }
U="talk-officer:demo-pass-2026"
ID=$(curl -sf -u "$U" -H 'Content-Type: application/json' -d "{\"type\":\"TOPOLOGY\",\"planYear\":$PLAN_YEAR,\"title\":\"bench pages\"}" "$HOST/api/v1/filings" | field id)
PUT=$(curl -sf --max-time "$MAXTIME" -o /dev/null -w '%{time_total}' -X PUT -u "$U" -H 'Content-Type: application/json' -H 'If-Match: "d0"' --data-binary @target/t-pages.json "$HOST/api/v1/filings/$ID/draft")
echo "save draft: ${PUT}s"
SUBMIT=$(curl -s --max-time "$MAXTIME" -o target/bench-pages-submit.json -w '%{http_code} %{time_total}' -X POST -u "$U" -H 'Content-Type: application/json' "$HOST/api/v1/filings/$ID/submit")
echo "submit: HTTP ${SUBMIT% *} in ${SUBMIT#* }s (heap $HEAP)"
# sign in through the login form like a browser
curl -sf -o /dev/null -c "$JAR" -b "$JAR" "$HOST/login"
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "j_username=talk-officer&j_password=demo-pass-2026" "$HOST/j_security_check"
echo "== $COMPONENTS components ($(wc -c < target/t-pages.json) bytes of JSON), $RUNS runs per page after $WARM warm-up runs"
printf '%-48s %8s %8s %8s %8s %10s %9s\n' page median p90 p99 max bytes first
for path in "/portal" "/portal/filings/$ID" "/portal/filings/$ID/topology" "/filings/$ID/pictures?version=1" \
            "/filings/$ID/pictures" "/filings/$ID/versions/1" "/portal/filings/$ID/submit"; do
  first=$(curl -s --max-time "$MAXTIME" -o /dev/null -w '%{http_code} %{time_starttransfer}' -b "$JAR" "$HOST$path")
  code=${first%% *}
  if [ "$code" != 200 ]; then printf '%-48s HTTP %s\n' "${path//$ID/{id\}}" "$code"; continue; fi
  for _ in $(seq 1 "$WARM"); do curl -s --max-time "$MAXTIME" -o /dev/null -b "$JAR" "$HOST$path"; done
  times=$(for _ in $(seq 1 "$RUNS"); do curl -s --max-time "$MAXTIME" -o /dev/null -b "$JAR" -w '%{time_starttransfer}\n' "$HOST$path"; done | sort -n)
  bytes=$(curl -s --max-time "$MAXTIME" -b "$JAR" "$HOST$path" | wc -c)
  pick() { echo "$times" | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p+0.999); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }
  printf '%-48s %6sms %6sms %6sms %6sms %10s %9s\n' "${path//$ID/{id\}}" "$(pick 0.5)" "$(pick 0.9)" "$(pick 0.99)" "$(pick 1.0)" "$bytes" "$(awk -v t="${first#* }" 'BEGIN {printf "%.0fms", t*1000}')"
done
