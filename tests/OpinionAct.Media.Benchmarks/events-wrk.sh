#!/usr/bin/env bash
# Ingestion load benchmark (wrk). In one run, against one Release build on 127.0.0.1 with SQLite,
# it measures
#   1. a bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. POST /demo/api/events with one page view per request (events.lua), each answered 202 only
#      after its group-commit transaction is committed,
# and prints both as requests/s and the ratio (target, issue 6: >= 0.4). Afterwards it checks that
# the demo hub's database holds at least as many events as were answered 202.
# Usage: tests/OpinionAct.Media.Benchmarks/events-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=5099
DATA=$(mktemp -d /tmp/media-events-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       Media__Analytics__TrustedProxies__0=127.0.0.1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
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

bare_out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "http://127.0.0.1:$PORT/health/live")
events_out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$HERE/events.lua" "$EVENTS" -- "$ARTICLE")
bare=$(awk '/Requests\/sec/ {print $2}' <<<"$bare_out")
events=$(awk '/Requests\/sec/ {print $2}' <<<"$events_out")
echo "$events_out" | grep -E "answers:|Non-2xx|Socket errors|50%|99%" || true
awk -v b="$bare" -v e="$events" 'BEGIN {
  printf "bare endpoint          %10.0f req/s  1.00\n", b
  printf "POST /api/events (202) %10.0f req/s  %.2f (target >= 0.40)\n", e, e / b
}'
stored=$(sqlite3 "$DATA/tenants/demo/tenant.db" 'SELECT COUNT(*) FROM AnalyticsEvents')
echo "events stored in the demo hub's database: $stored"
