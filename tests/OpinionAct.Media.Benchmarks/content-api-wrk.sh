#!/usr/bin/env bash
# Content API benchmark (wrk), issue 14. In one run, against one Release build on 127.0.0.1, it measures
#   1. the bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. the cached article list of the demo hub (/demo/api/v1/content/articles: tenant lookup, output-cache hit
#      varied by query and content key, ETag replayed; 20 articles with bodies and their proof ledger),
#   3. the same list with field selection (?fields=title,slug,publishedAt: a small cached answer),
#   4. a conditional request for the list (If-None-Match with its ETag: 304 from the output cache),
# and prints each as requests/s and as a ratio of the bare endpoint (target for the cached list: >= 0.5).
# Usage: tests/OpinionAct.Media.Benchmarks/content-api-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=5096
DATA=$(mktemp -d /tmp/media-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done

LIST="http://127.0.0.1:$PORT/demo/api/v1/content/articles"
FIELDS="$LIST?fields=title,slug,publishedAt"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$LIST")" = 200 ] || { echo "not served: $LIST" >&2; exit 1; }
ETAG=$(curl -s -D - -o /dev/null "$LIST" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
echo "list:   $LIST ($(curl -s "$LIST" | wc -c) bytes, $(curl -s "$LIST" | grep -o '"total":[0-9]*'), ETag $ETAG)"
echo "fields: $FIELDS ($(curl -s "$FIELDS" | wc -c) bytes)"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$LIST")" = 304 ] || { echo "no 304 for $ETAG" >&2; exit 1; }

rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c16 -d2s "http://127.0.0.1:$PORT/health/live" >/dev/null   # warm up the JIT
wrk -t2 -c16 -d2s "$LIST" >/dev/null
wrk -t2 -c16 -d2s "$FIELDS" >/dev/null

bare=$(rps "http://127.0.0.1:$PORT/health/live")
list=$(rps "$LIST")
fields=$(rps "$FIELDS")
notmodified=$(rps -H "If-None-Match: $ETAG" "$LIST")
awk -v b="$bare" -v l="$list" -v f="$fields" -v n="$notmodified" 'BEGIN {
  printf "bare endpoint          %10.0f req/s  1.00\n", b
  printf "cached article list    %10.0f req/s  %.2f (target >= 0.50)\n", l, l / b
  printf "cached list, 3 fields  %10.0f req/s  %.2f\n", f, f / b
  printf "304 (If-None-Match)    %10.0f req/s  %.2f\n", n, n / b
}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
