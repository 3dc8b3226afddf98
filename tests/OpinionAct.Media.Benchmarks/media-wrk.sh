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
PORT=${PORT:-5097}
source "$(dirname "$0")/bench-lib.sh"
bench_data media-wrk
load_average

bench_build
dotnet run -c Release --project "$ROOT/tests/OpinionAct.Media.Benchmarks" -- media-seed "$DATA" >"$DATA/urls.txt"
VARIANT="http://127.0.0.1:$PORT$(sed -n 1p "$DATA/urls.txt")"
MASTER="http://127.0.0.1:$PORT$(sed -n 2p "$DATA/urls.txt")"
SMALL="http://127.0.0.1:$PORT$(sed -n 3p "$DATA/urls.txt")"
TRACKER="${VARIANT%%/media/*}/t.js"
bench_start "$PORT" "$DATA/web.log"

for url in "$VARIANT" "$MASTER" "$SMALL"; do bench_expect 200 "$url"; done
echo "variant: $VARIANT ($(curl -s "$VARIANT" | wc -c) bytes)"
echo "small:   $SMALL ($(curl -s "$SMALL" | wc -c) bytes)"
echo "master:  $MASTER ($(curl -s "$MASTER" | wc -c) bytes)"
curl -s -D - -o /dev/null "$VARIANT" | grep -iE '^(etag|cache-control|x-content-type-options|content-type):' | tr -d '\r'

for url in "$VARIANT" "$MASTER" "$SMALL"; do warm "$url"; done
b=$(bare "$PORT")
result "bare endpoint" "$b" "req/s" "$b" "-"
result "media: cached variant" "$(rps "$VARIANT")" "req/s" "$b" ">= 0.70"
result "media: tiny cached variant" "$(rps "$SMALL")" "req/s" "$b" "-"
result "media: cached master" "$(rps "$MASTER")" "req/s" "$b" "-"
result "media: hub floor (t.js)" "$(rps "$TRACKER")" "req/s" "$b" "-"
load_average
