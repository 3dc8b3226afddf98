#!/usr/bin/env bash
# Public-site load benchmark (wrk). In one run, against one Release build on 127.0.0.1, it measures
#   1. a bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. a cached article page (output cache hit),
#   3. an uncached article render (database queries + Liquid render), on a second node started with
#      Media__OutputCacheDuration=00:00:00 (its own data folder, same demo recipe): an anonymous
#      Cache-Control: no-cache no longer bypasses the output cache (only signed-in editors' does),
#   4. /api/search on the demo hub (catch-up check, Lucene query with snippets and facets, query log insert),
# and prints each as requests/s and as a ratio of the bare endpoint. Targets (issue 3): cached >= 0.5,
# uncached >= 0.15. Usage: tests/OpinionAct.Media.Benchmarks/site-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=5098
UNCACHED_PORT=5099
DATA=$(mktemp -d /tmp/media-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
# Every page is rendered on this node: no output cache at all.
Media__DataPath="$DATA/uncached" Media__OutputCacheDuration=00:00:00 \
  dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$UNCACHED_PORT" >"$DATA/web-uncached.log" 2>&1 &
UNCACHED=$!
trap 'kill $WEB $UNCACHED 2>/dev/null; wait $WEB $UNCACHED 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done
until curl -sf "http://127.0.0.1:$UNCACHED_PORT/health/ready" >/dev/null; do sleep 0.2; done

ARTICLE=$(curl -s "http://127.0.0.1:$PORT/demo/sitemap.xml" | grep -o "http://127.0.0.1:$PORT/demo/[a-z0-9-]*</loc>" | sed -n 2p | sed 's|</loc>||')
[ "$(curl -s -o /dev/null -w '%{http_code}' "$ARTICLE")" = 200 ] || { echo "no article to measure at $ARTICLE" >&2; exit 1; }
echo "article: $ARTICLE ($(curl -s "$ARTICLE" | wc -c) bytes)"
UNCACHED_ARTICLE=${ARTICLE/:$PORT\//:$UNCACHED_PORT/}
[ "$(curl -s -o /dev/null -w '%{http_code}' "$UNCACHED_ARTICLE")" = 200 ] || { echo "no article to measure at $UNCACHED_ARTICLE" >&2; exit 1; }

rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c16 -d2s "http://127.0.0.1:$PORT/health/live" >/dev/null           # warm up the JIT
wrk -t2 -c16 -d2s "$ARTICLE" >/dev/null
wrk -t2 -c16 -d2s "$UNCACHED_ARTICLE" >/dev/null
SEARCH="http://127.0.0.1:$PORT/demo/api/search?q=pompe%20chaleur"
wrk -t2 -c16 -d2s "$SEARCH" >/dev/null

bare=$(rps "http://127.0.0.1:$PORT/health/live")
cached=$(rps "$ARTICLE")
uncached=$(rps "$UNCACHED_ARTICLE")
search=$(rps "$SEARCH")
awk -v b="$bare" -v c="$cached" -v u="$uncached" -v s="$search" 'BEGIN {
  printf "bare endpoint      %10.0f req/s  1.00\n", b
  printf "cached article     %10.0f req/s  %.2f (target >= 0.50)\n", c, c / b
  printf "uncached article   %10.0f req/s  %.2f (target >= 0.15)\n", u, u / b
  printf "search API         %10.0f req/s  %.2f\n", s, s / b
}'
