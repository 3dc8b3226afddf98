#!/usr/bin/env bash
# Public-site load benchmark (wrk). In one run, against one Release build on 127.0.0.1, it measures
#   1. a bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. a cached article page (output cache hit),
#   3. an article built on every request, and
#   4. the home page built on every request, both on a second node started with
#      Media__OutputCacheDuration=00:00:00 (its own data folder, same demo recipe): the output cache
#      neither looks up nor stores anything there, and no other page or model cache sits in between,
#      so every request runs the whole miss path (tenant, every query, view models, body images,
#      Liquid render; see README.md for how that was checked),
# and prints each as requests/s and as a ratio of the bare endpoint, then one RESULT line per measure
# (RESULT<TAB>measure<TAB>value<TAB>unit<TAB>ratio<TAB>target). Targets (issue 15): cached article
# >= 0.80, uncached article >= 0.15, uncached home page >= 0.10. The search API has its own script
# (search-wrk.sh).
# Usage: [PORT=5098] [UNCACHED_PORT=5099] [BIN=folder] tests/OpinionAct.Media.Benchmarks/site-wrk.sh [seconds=10] [connections=64]
# BIN: an existing Release output of src/OpinionAct.Media.Web to run instead of building one.
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=${PORT:-5098}
UNCACHED_PORT=${UNCACHED_PORT:-5099}
DATA=$(mktemp -d /tmp/media-wrk.XXXXXX)
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
# Every page is built on this node: no output cache at all.
Media__DataPath="$DATA/uncached" Media__OutputCacheDuration=00:00:00 \
  dotnet "$BIN/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$UNCACHED_PORT" >"$DATA/web-uncached.log" 2>&1 &
UNCACHED=$!
trap 'kill $WEB $UNCACHED 2>/dev/null; wait $WEB $UNCACHED 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done
until curl -sf "http://127.0.0.1:$UNCACHED_PORT/health/ready" >/dev/null; do sleep 0.2; done

ARTICLE=$(curl -s "http://127.0.0.1:$PORT/demo/sitemap.xml" | grep -o "http://127.0.0.1:$PORT/demo/[a-z0-9-]*</loc>" | sed -n 2p | sed 's|</loc>||')
[ "$(curl -s -o /dev/null -w '%{http_code}' "$ARTICLE")" = 200 ] || { echo "no article to measure at $ARTICLE" >&2; exit 1; }
UNCACHED_ARTICLE=${ARTICLE/:$PORT\//:$UNCACHED_PORT/}
UNCACHED_HOME="http://127.0.0.1:$UNCACHED_PORT/demo/"
for url in "$UNCACHED_ARTICLE" "$UNCACHED_HOME"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "no page to measure at $url" >&2; exit 1; }
done
echo "article: $ARTICLE ($(curl -s "$ARTICLE" | wc -c) bytes); home page: $UNCACHED_HOME ($(curl -s "$UNCACHED_HOME" | wc -c) bytes)"

# A 10 s timeout (wrk's default is 2 s): on a loaded machine slow answers must still count, not vanish as timeouts.
rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s "$@" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c16 -d2s "http://127.0.0.1:$PORT/health/live" >/dev/null           # warm up the JIT
wrk -t2 -c16 -d2s "$ARTICLE" >/dev/null
wrk -t2 -c16 -d2s "$UNCACHED_ARTICLE" >/dev/null
wrk -t2 -c16 -d2s "$UNCACHED_HOME" >/dev/null

load_before=$(cut -d' ' -f1 /proc/loadavg)
bare=$(rps "http://127.0.0.1:$PORT/health/live")
cached=$(rps "$ARTICLE")
uncached=$(rps "$UNCACHED_ARTICLE")
home=$(rps "$UNCACHED_HOME")
load_after=$(cut -d' ' -f1 /proc/loadavg)
echo "load average (1 min): $load_before before, $load_after after"
awk -v b="$bare" -v c="$cached" -v u="$uncached" -v h="$home" 'BEGIN {
  printf "bare endpoint           %10.0f req/s  1.00\n", b
  printf "cached article          %10.0f req/s  %.3f (target >= 0.80)\n", c, c / b
  printf "uncached article        %10.0f req/s  %.3f (target >= 0.15)\n", u, u / b
  printf "uncached home page      %10.0f req/s  %.3f (target >= 0.10)\n", h, h / b
  printf "RESULT\tbare endpoint (/health/live)\t%.0f\treq/s\t1.00\t-\n", b
  printf "RESULT\tcached article\t%.0f\treq/s\t%.3f\t>= 0.80\n", c, c / b
  printf "RESULT\tuncached article (output cache off)\t%.0f\treq/s\t%.3f\t>= 0.15\n", u, u / b
  printf "RESULT\tuncached home page (output cache off)\t%.0f\treq/s\t%.3f\t>= 0.10\n", h, h / b
}'
