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
PORT=${PORT:-5096}
source "$(dirname "$0")/bench-lib.sh"
bench_data content-api-wrk
load_average

bench_build
bench_start "$PORT" "$DATA/web.log"
LIST="http://127.0.0.1:$PORT/demo/api/v1/content/articles"
FIELDS="$LIST?fields=title,slug,publishedAt"
bench_expect 200 "$LIST"
ETAG=$(curl -s -D - -o /dev/null "$LIST" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
echo "list:   $LIST ($(curl -s "$LIST" | wc -c) bytes, $(curl -s "$LIST" | grep -o '"total":[0-9]*'), ETag $ETAG)"
echo "fields: $FIELDS ($(curl -s "$FIELDS" | wc -c) bytes)"
bench_expect 304 "$LIST" -H "If-None-Match: $ETAG"

warm "$LIST"
warm "$FIELDS"
b=$(bare "$PORT")
result "bare endpoint" "$b" "req/s" "$b" "-"
result "content API: cached article list" "$(rps "$LIST")" "req/s" "$b" ">= 0.50"
result "content API: list, 3 fields" "$(rps "$FIELDS")" "req/s" "$b" "-"
result "content API: 304 (If-None-Match)" "$(rps -H "If-None-Match: $ETAG" "$LIST")" "req/s" "$b" "-"
load_average
