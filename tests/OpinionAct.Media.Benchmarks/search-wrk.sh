#!/usr/bin/env bash
# Search load benchmark (wrk), issue 15 outcome 1. In one run, against one Release node on 127.0.0.1 with the
# demo hub, it measures
#   1. the bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. GET /demo/api/search, and
#   3. the themed /demo/search page,
# the last two with search.lua, which sends a different query on (nearly) every request: 2,000 French and
# English queries of one to four words, phrases, typos, topic filters and second pages, so no cache keyed on
# the query can help. Search answers are never output-cached; every first-page query is logged.
# Prints requests/s and the ratio to the bare endpoint, then one RESULT line per measure (tab-separated:
# RESULT, measure, value, unit, ratio, target). Targets (issue 15): search API and page >= 0.30 of bare.
# Usage: tests/OpinionAct.Media.Benchmarks/search-wrk.sh [seconds=10] [connections=64]
# Environment: PORT (default 5200); BIN=folder runs an already built OpinionAct.Media.Web.dll from there instead of
# building this tree (to compare two builds with the same script); KEEP=1 keeps the data folder (its path is printed).
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/OpinionAct.Media.Benchmarks"
PORT=${PORT:-5200}
DATA=$(mktemp -d /tmp/media-search-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

BIN=${BIN:-}
if [ -z "$BIN" ]; then
  BIN="$DATA/bin"
  dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$BIN" >/dev/null
fi
dotnet "$BIN/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
cleanup() { kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; if [ "${KEEP:-0}" = 1 ]; then echo "data kept in $DATA"; else rm -rf "$DATA"; fi; }
trap cleanup EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done

BASE="http://127.0.0.1:$PORT"
API="$BASE/demo/api/search"
PAGE="$BASE/demo/search"
total=$(curl -s "$API?q=pompe%20chaleur" | grep -o '"total":[0-9]*' | cut -d: -f2)
[ "${total:-0}" -gt 0 ] || { echo "the demo hub finds nothing for 'pompe chaleur' at $API" >&2; exit 1; }
echo "demo hub: 'pompe chaleur' finds $total articles; page $(curl -s "$PAGE?q=pompe%20chaleur" | wc -c) bytes; load average $(cut -d' ' -f1-3 /proc/loadavg)"

count_queries() { sqlite3 "$DATA/tenants/demo/tenant.db" 'select count(*) from SearchQueries' 2>/dev/null || echo "?"; }

rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non-2xx: " $0 > "/dev/stderr"}'; }
wrk -t2 -c16 -d2s "$BASE/health/live" >/dev/null           # warm up the JIT
wrk -t2 -c16 -d3s -s "$HERE/search.lua" "$API" >/dev/null
wrk -t2 -c16 -d3s -s "$HERE/search.lua" "$PAGE" >/dev/null

before=$(count_queries)
bare=$(rps "$BASE/health/live")
load1=$(cut -d' ' -f1 /proc/loadavg)
api=$(rps -s "$HERE/search.lua" "$API")
page=$(rps -s "$HERE/search.lua" "$PAGE")
load2=$(cut -d' ' -f1 /proc/loadavg)
sleep 1
after=$(count_queries)
echo "queries logged during the measured runs: $before -> $after (first pages only; page 2 is not logged)"
awk -v b="$bare" -v a="$api" -v p="$page" -v l1="$load1" -v l2="$load2" 'BEGIN {
  printf "bare endpoint      %10.0f req/s  1.00\n", b
  printf "search API         %10.0f req/s  %.3f (target >= 0.30)\n", a, a / b
  printf "search page        %10.0f req/s  %.3f (target >= 0.30)\n", p, p / b
  printf "load average %s -> %s\n", l1, l2
  printf "RESULT\tbare endpoint (search run)\t%.0f\treq/s\t1.00\t-\n", b
  printf "RESULT\tsearch API, a different query each request\t%.0f\treq/s\t%.3f\t>= 0.30\n", a, a / b
  printf "RESULT\tsearch page, a different query each request\t%.0f\treq/s\t%.3f\t>= 0.30\n", p, p / b
}'
