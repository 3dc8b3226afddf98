#!/usr/bin/env bash
# Ingestion load benchmark (wrk). In one run, against one Release build on 127.0.0.1 with SQLite, it measures
#   1. the bare endpoint (/health/live: no tenant, no database, a few bytes), unless run-all.sh gave BARE_RPS,
#   2. POST /demo/api/events with one page view per request (events.lua), each answered 202 only
#      after its group-commit transaction is committed,
# and prints requests/s and the ratio (target, issue 15: >= 0.50), and the web process's CPU per request (a
# second view that other processes' load disturbs less than requests/s; wrk's own CPU is not in it).
# Afterwards it checks that the events added to the demo hub's database during the measured run are at
# least as many as were answered 202 (exit 1 otherwise).
# Usage: [PORT=5099] tests/OpinionAct.Media.Benchmarks/events-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
PORT=${PORT:-5099}
source "$(dirname "$0")/bench-lib.sh"
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 1; }
bench_data media-events-wrk
load_average

bench_build
bench_start "$PORT" "$DATA/web.log" Media__Analytics__TrustedProxies__0=127.0.0.1
WEB=${BENCH_PIDS[-1]}
ARTICLE=$(curl -s "http://127.0.0.1:$PORT/demo/sitemap.xml" | grep -o "http://127.0.0.1:$PORT/demo/[a-z0-9-]*</loc>" | sed -n 2p | sed 's|</loc>||')
EVENTS="http://127.0.0.1:$PORT/demo/api/events"
bench_expect 202 "$EVENTS" -X POST -A "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0" --data "{\"type\":\"pageview\",\"url\":\"$ARTICLE\"}"
echo "page: $ARTICLE"

count_stored() { sqlite3 "$DATA/tenants/demo/tenant.db" 'SELECT COUNT(*) FROM AnalyticsEvents'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$WEB/stat"; }
cpu_us_per_request() { awk -v hz="$(getconf CLK_TCK)" -v t="$1" -v n="$2" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }'; }

b=$(bare "$PORT")
warm -s "$BENCH_HERE/events.lua" "$EVENTS" -- "$ARTICLE"
sleep 1    # let the warm-up's last commits land, so the count below is the measured run's floor
before=$(count_stored)
t0=$(cpu_ticks)
events_out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$BENCH_HERE/events.lua" "$EVENTS" -- "$ARTICLE")
t1=$(cpu_ticks)
events=$(awk '/Requests\/sec/ {print $2}' <<<"$events_out")
accepted=$(awk '/^answers:/ {print $2}' <<<"$events_out")
echo "$events_out" | grep -E "answers:|Non-2xx|Socket errors|50%|99%" || true
stored=$(( $(count_stored) - before ))
lost=$(( accepted > stored ? accepted - stored : 0 ))
echo "durability: $accepted answered 202 in the measured run, $stored events added to the demo hub's database: $lost lost"
result "bare endpoint" "$b" "req/s" "$b" "-"
result "events: POST /api/events, 202 once committed" "$events" "req/s" "$b" ">= 0.50"
result "events: web CPU per event" "$(cpu_us_per_request $((t1 - t0)) "$(awk '/requests in/ {print $1}' <<<"$events_out")")" "us" "-" "-"
result "events: answered 202 but not stored" "$lost" "events" "-" "<= 0"
load_average
[ "$lost" -eq 0 ] || { echo "FAIL: fewer events stored than answered 202" >&2; exit 1; }
