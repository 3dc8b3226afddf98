#!/usr/bin/env bash
# Every benchmark in one go (issue 15): one Release build, one bare baseline for every HTTP ratio, one table.
#
# It builds the web node once, measures the bare endpoint (/health/live) on a node of its own, then runs each
# benchmark script with that build (MEDIA_BENCH_BIN) and that baseline (BARE_RPS), collects their RESULT lines
# and prints one Markdown table: measure, value, unit, ratio, target, met. The bare endpoint is measured again
# at the end: when the two differ by more than 15 % the machine's load changed during the run and the table
# says so. Logs of every script are kept in the output folder.
#
# Usage: tests/OpinionAct.Media.Benchmarks/run-all.sh [seconds=10] [connections=64] [--tenants N] [--only a,b]
#   --tenants N   tenants for the density measure (default 1000; it is the longest part, about 15 min at 1000)
#   --only LIST   run only these parts: site,search,events,content-api,api,media,search-index,newsletters,webhooks,tenants
#   --out DIR     where the logs and table go (default: a new folder under /tmp)
set -euo pipefail
SECONDS_PER_RUN=10
CONNECTIONS=64
TENANTS=1000
ONLY=""
OUT=""
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --tenants) TENANTS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -gt 0 ] && SECONDS_PER_RUN=${positional[0]}
[ ${#positional[@]} -gt 1 ] && CONNECTIONS=${positional[1]}
export SECONDS_PER_RUN CONNECTIONS
source "$(dirname "$0")/bench-lib.sh"
bench_data run-all
OUT=${OUT:-$(mktemp -d /tmp/run-all-results.XXXXXX)}
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
: >"$RESULTS"

wanted() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

echo "OpinionAct Media benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB, $(dotnet --version)"
echo "wrk: 2 threads, $CONNECTIONS connections, ${SECONDS_PER_RUN} s per measure; logs in $OUT"
load_average

echo "building Release once..."
dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
dotnet build -c Release "$ROOT/tests/OpinionAct.Media.Benchmarks" >>"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
export MEDIA_BENCH_BIN="$DATA/bin"
DLL="$DATA/bin/OpinionAct.Media.Web.dll"

# The baseline: a node with no tenant at all answering /health/live.
measure_bare() {
  local port=5090
  Media__DataPath="$DATA/bare" Media__DemoTenant__Enabled=false bench_start "$port" "$OUT/bare-node.log"
  local pid=${BENCH_PIDS[-1]}
  warm "http://127.0.0.1:$port/health/live"
  rps "http://127.0.0.1:$port/health/live"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
BARE_RPS=$(measure_bare)
export BARE_RPS
printf 'RESULT\tbare endpoint (/health/live, start)\t%s\treq/s\t1.000\t-\n' "$BARE_RPS" >>"$RESULTS"
echo "bare endpoint: $BARE_RPS req/s"

# run NAME COMMAND...: runs one benchmark, keeps its log, collects its RESULT lines (except its own bare line).
run() {
  local name=$1
  shift
  wanted "$name" || return 0
  echo "--- $name: $*"
  local started=$SECONDS
  if "$@" >"$OUT/$name.log" 2>&1; then
    grep -P '^RESULT\t' "$OUT/$name.log" | grep -vP '^RESULT\tbare endpoint\t' >>"$RESULTS" || true
    grep -P '^RESULT\t' "$OUT/$name.log" | cut -f2- | tr '\t' ' ' | grep -v '^bare endpoint ' | sed 's/^/    /' || true
  else
    echo "    FAILED (see $OUT/$name.log)"
    printf 'RESULT\t%s\tfailed\t-\t-\tsee %s.log\n' "$name" "$name" >>"$RESULTS"
    tail -5 "$OUT/$name.log" | sed 's/^/    /'
  fi
  echo "    ($((SECONDS - started)) s)"
}

B="$BENCH_HERE"
BENCH=(dotnet run -c Release --no-build --project "$B")
run site         bash "$B/site-wrk.sh" "$SECONDS_PER_RUN" "$CONNECTIONS"
run search       bash "$B/search-wrk.sh" "$SECONDS_PER_RUN" "$CONNECTIONS"
run events       bash "$B/events-wrk.sh" "$SECONDS_PER_RUN" "$CONNECTIONS"
run content-api  bash "$B/content-api-wrk.sh" "$SECONDS_PER_RUN" "$CONNECTIONS"
run api          bash "$B/api-wrk.sh" "$SECONDS_PER_RUN" "$CONNECTIONS"
run media        bash "$B/media-wrk.sh" "$SECONDS_PER_RUN" "$CONNECTIONS"
run search-index "${BENCH[@]}" -- search 50000
run newsletters  bash "$B/newsletter-smtp.sh" 20000
run webhooks     "${BENCH[@]}" -- webhooks 5000 --down-seconds 30
run tenants      bash "$ROOT/tests/scripts/measure-tenants.sh" "$TENANTS"

BARE_END=$(measure_bare)
printf 'RESULT\tbare endpoint (/health/live, end)\t%s\treq/s\t%s\t-\n' "$BARE_END" \
  "$(awk -v e="$BARE_END" -v s="$BARE_RPS" 'BEGIN { printf "%.3f", e / s }')" >>"$RESULTS"
load_average

# The table. "met" compares the ratio (or, without a ratio, the value) with a target written ">= X" or "<= X".
{
  echo
  echo "| measure | value | unit | ratio | target | met |"
  echo "|---|---:|---|---:|---|---|"
  awk -F'\t' '{
    met = ""
    if (match($6, /^(>=|<=) *[0-9.]+/)) {
      op = substr($6, 1, 2); limit = substr($6, 3) + 0
      subject = ($5 != "-") ? $5 + 0 : $3 + 0
      met = (op == ">=" ? subject >= limit : subject <= limit) ? "yes" : "**no**"
    }
    printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, met
  }' "$RESULTS"
} | tee "$OUT/table.md"
awk -v e="$BARE_END" -v s="$BARE_RPS" 'BEGIN {
  d = (e - s) / s; if (d < 0) d = -d
  if (d > 0.15) printf "\nThe bare endpoint moved by %.0f %% during the run: the machine was not quiet; ratios are approximate.\n", d * 100
}' | tee -a "$OUT/table.md"
echo "table: $OUT/table.md"
