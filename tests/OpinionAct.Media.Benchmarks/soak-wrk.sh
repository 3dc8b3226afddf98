#!/usr/bin/env bash
# Soak: mixed reader traffic (soak.lua) on the demo hub for a while, at a fixed concurrency, against one
# Release build on 127.0.0.1. Prints the answers by class, p50/p99 latency, and the web process's
# working set (RSS) after warm-up, at the end, and after 15 idle seconds: a leak keeps growing with the
# duration (run it twice as long and compare), a warm heap levels off.
# Usage: tests/OpinionAct.Media.Benchmarks/soak-wrk.sh [seconds=180] [connections=16]
set -euo pipefail
DURATION=${1:-180}
CONNECTIONS=${2:-16}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=5097
DATA=$(mktemp -d /tmp/media-soak.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       Media__Analytics__TrustedProxies__0=127.0.0.1 Media__TrustedProxies__0=127.0.0.1 \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$WEB/status"; }

mapfile -t ARTICLES < <(curl -s "http://127.0.0.1:$PORT/demo/sitemap.xml" | grep -o "/demo/[a-z0-9-]*</loc>" | sed 's|</loc>||' | grep -v '^/demo/topics\|^/demo/experts' | head -8)
[ "${#ARTICLES[@]}" -gt 0 ] || { echo "no articles found in the demo sitemap" >&2; exit 1; }

wrk -t2 -c"$CONNECTIONS" -d5s -s "$HERE/soak.lua" "http://127.0.0.1:$PORT" -- /demo "${ARTICLES[@]}" >/dev/null   # warm up
start=$(rss_mb)
echo "working set at start: ${start} MB"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$HERE/soak.lua" "http://127.0.0.1:$PORT" -- /demo "${ARTICLES[@]}" | grep -E 'Requests/sec|answers|latency p'
end=$(rss_mb)
echo "working set at end:   ${end} MB"
sleep 15
echo "working set after 15 s idle: $(rss_mb) MB"
