#!/usr/bin/env bash
# Image delivery benchmark (wrk), issue 13. In one run, against one Release build on 127.0.0.1, it measures
#   1. the bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. a cached variant (/bench/media/<id>/<version>/w960.webp?k=&s=: tenant lookup, HMAC check against the
#      tenant's key ring, a file from the per-node cache with ETag and immutable caching; ~40 KB),
#   3. a tiny cached variant (sq64.webp, ~1 KB: the same work as 2 with almost no bytes to send),
#   4. the cached master copy (/bench/media/<id>/<hash16>.jpg: no signature; ~800 KB),
#   5. the hub's tracker script (/bench/t.js, a few KB from memory): the floor of any public hub route,
#      so the distance between it and 3 is what the image endpoint itself costs,
# and prints each as requests/s and as a ratio of the bare endpoint (target for the variant: >= 0.7).
# The image is uploaded through MediaLibraryService by the benchmark console (media-seed) into the data
# folder before the node starts. Usage: tests/OpinionAct.Media.Benchmarks/media-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=5097
DATA=$(mktemp -d /tmp/media-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet run -c Release --project "$ROOT/tests/OpinionAct.Media.Benchmarks" -- media-seed "$DATA" >"$DATA/urls.txt"
VARIANT="http://127.0.0.1:$PORT$(sed -n 1p "$DATA/urls.txt")"
MASTER="http://127.0.0.1:$PORT$(sed -n 2p "$DATA/urls.txt")"
SMALL="http://127.0.0.1:$PORT$(sed -n 3p "$DATA/urls.txt")"
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done

for url in "$VARIANT" "$MASTER" "$SMALL"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "not served: $url" >&2; exit 1; }
done
echo "variant: $VARIANT ($(curl -s "$VARIANT" | wc -c) bytes)"
echo "small:   $SMALL ($(curl -s "$SMALL" | wc -c) bytes)"
echo "master:  $MASTER ($(curl -s "$MASTER" | wc -c) bytes)"
curl -s -D - -o /dev/null "$VARIANT" | grep -iE '^(etag|cache-control|x-content-type-options|content-type):' | tr -d '\r'

rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c16 -d2s "http://127.0.0.1:$PORT/health/live" >/dev/null   # warm up the JIT
wrk -t2 -c16 -d2s "$VARIANT" >/dev/null
wrk -t2 -c16 -d2s "$MASTER" >/dev/null
wrk -t2 -c16 -d2s "$SMALL" >/dev/null

bare=$(rps "http://127.0.0.1:$PORT/health/live")
variant=$(rps "$VARIANT")
small=$(rps "$SMALL")
master=$(rps "$MASTER")
tracker=$(rps "${VARIANT%%/media/*}/t.js")
awk -v b="$bare" -v v="$variant" -v s="$small" -v m="$master" -v t="$tracker" 'BEGIN {
  printf "bare endpoint      %10.0f req/s  1.00\n", b
  printf "cached variant     %10.0f req/s  %.2f (target >= 0.70)\n", v, v / b
  printf "tiny cached variant%10.0f req/s  %.2f\n", s, s / b
  printf "cached master      %10.0f req/s  %.2f\n", m, m / b
  printf "hub floor (t.js)   %10.0f req/s  %.2f\n", t, t / b
}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
