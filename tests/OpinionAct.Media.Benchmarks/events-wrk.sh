#!/usr/bin/env bash
# Ingestion load benchmark (wrk). In one run, against one Release build on 127.0.0.1 with SQLite,
# it measures
#   1. a bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. POST /demo/api/events with one page view per request (events.lua), each answered 202 only
#      after its group-commit transaction is committed,
# and prints both as requests/s and the ratio (target, issue 15: >= 0.50). Afterwards it checks that
# the events added to the demo hub's database during the measured run are at least as many as were
# answered 202 (exit 1 otherwise). The last lines are machine-readable (run-all.sh):
#   RESULT<TAB>measure<TAB>value<TAB>unit<TAB>ratio-or-dash<TAB>target
# Usage: [PORT=5099] [BIN=prebuilt-folder] tests/OpinionAct.Media.Benchmarks/events-wrk.sh [seconds=10] [connections=64]
# BIN skips the build and runs OpinionAct.Media.Web.dll from that folder (a Release build of the same tree).
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=${PORT:-5099}
DATA=$(mktemp -d /tmp/media-events-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       Media__Analytics__TrustedProxies__0=127.0.0.1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -n "${BIN:-}" ]; then
  BIN=$(cd "$BIN" && pwd)
else
  BIN="$DATA/bin"
  dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$BIN" >/dev/null
fi
dotnet "$BIN/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done

ARTICLE=$(curl -s "http://127.0.0.1:$PORT/demo/sitemap.xml" | grep -o "http://127.0.0.1:$PORT/demo/[a-z0-9-]*</loc>" | sed -n 2p | sed 's|</loc>||')
EVENTS="http://127.0.0.1:$PORT/demo/api/events"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -A "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0" --data "{\"type\":\"pageview\",\"url\":\"$ARTICLE\"}" "$EVENTS")
[ "$code" = 202 ] || { echo "POST $EVENTS answered $code" >&2; exit 1; }
echo "page: $ARTICLE"

wrk -t2 -c16 -d2s "http://127.0.0.1:$PORT/health/live" >/dev/null     # warm up the JIT
wrk -t2 -c16 -d2s -s "$HERE/events.lua" "$EVENTS" -- "$ARTICLE" >/dev/null

count_stored() { sqlite3 "$DATA/tenants/demo/tenant.db" 'SELECT COUNT(*) FROM AnalyticsEvents'; }
# The web process's CPU time (user + system, clock ticks): CPU per request is a second view that other
# processes' load disturbs less than requests/s (wrk's own CPU is not in it).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$WEB/stat"; }
t0=$(cpu_ticks)
bare_out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "http://127.0.0.1:$PORT/health/live")
t1=$(cpu_ticks)
sleep 1    # let the warm-up's last commits land, so the count below is the measured run's floor
before=$(count_stored)
t2=$(cpu_ticks)
events_out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$HERE/events.lua" "$EVENTS" -- "$ARTICLE")
t3=$(cpu_ticks)
load=$(cut -d' ' -f1-3 /proc/loadavg)
bare=$(awk '/Requests\/sec/ {print $2}' <<<"$bare_out")
events=$(awk '/Requests\/sec/ {print $2}' <<<"$events_out")
accepted=$(awk '/^answers:/ {print $2}' <<<"$events_out")
echo "$events_out" | grep -E "answers:|Non-2xx|Socket errors|50%|99%" || true
stored=$(( $(count_stored) - before ))
lost=$(( accepted > stored ? accepted - stored : 0 ))
awk -v b="$bare" -v e="$events" -v l="$load" 'BEGIN {
  printf "bare endpoint          %10.0f req/s  1.00\n", b
  printf "POST /api/events (202) %10.0f req/s  %.2f (target >= 0.50)   load average %s\n", e, e / b, l
}'
bare_n=$(awk '/requests in/ {print $1}' <<<"$bare_out")
events_n=$(awk '/requests in/ {print $1}' <<<"$events_out")
awk -v hz="$(getconf CLK_TCK)" -v bt=$((t1 - t0)) -v bn="$bare_n" -v et=$((t3 - t2)) -v en="$events_n" 'BEGIN {
  b = bt * 1e6 / hz / bn; e = et * 1e6 / hz / en
  printf "web process CPU per request: bare %.0f us, event %.0f us (bare/event %.2f)\n", b, e, b / e
}'
echo "durability: $accepted answered 202 in the measured run, $stored events added to the demo hub's database: $lost lost"
ratio=$(awk -v b="$bare" -v e="$events" 'BEGIN { printf "%.2f", e / b }')
printf 'RESULT\tbare endpoint (events run)\t%.0f\treq/s\t1.00\t-\n' "$bare"
printf 'RESULT\tPOST /api/events, 202 once committed\t%.0f\treq/s\t%s\t>= 0.50\n' "$events" "$ratio"
printf 'RESULT\tevents answered 202 but not stored\t%d\tevents\t-\t0\n' "$lost"
[ "$lost" -eq 0 ] || { echo "FAIL: fewer events stored than answered 202" >&2; exit 1; }
