# Shared by the wrk benchmark scripts (sourced, not run). One way to build the node, start it, measure
# requests/s and print results, so every script's figures mean the same thing and run-all.sh can collect them.
#
# Environment it honours:
#   MEDIA_BENCH_BIN  a Release build of OpinionAct.Media.Web already made (run-all.sh builds once for all scripts)
#   BARE_RPS         the bare endpoint's requests/s measured by run-all.sh: every ratio is then taken against that
#                    one baseline; alone, a script measures its own bare endpoint in the same run
#   SECONDS_PER_RUN, CONNECTIONS  wrk's duration and connections (the scripts' first two arguments set them)
#
# A script's machine-readable output is one line per measure:
#   RESULT<TAB>measure<TAB>value<TAB>unit<TAB>ratio or -<TAB>target

BENCH_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_HERE/../.." && pwd)
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-64}
BENCH_PIDS=()
declare -A BENCH_PORT_PIDS=()   # port -> the node listening there (warm reads the node's CPU)
export Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# bench_data PREFIX: a throwaway folder for this run (removed on exit with the nodes it started).
bench_data() {
  DATA=$(mktemp -d "/tmp/$1.XXXXXX")
  export Media__DataPath="$DATA"
  trap bench_cleanup EXIT
}

bench_cleanup() {
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "${DATA:-}" ] && rm -rf "$DATA"
}

# bench_build: sets DLL to the web node's assembly, building Release once unless MEDIA_BENCH_BIN is given.
bench_build() {
  local bin=${MEDIA_BENCH_BIN:-}
  if [ -z "$bin" ]; then
    bin="$DATA/bin"
    dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$bin" >/dev/null
  fi
  DLL="$bin/OpinionAct.Media.Web.dll"
}

# bench_start PORT LOG [VAR=value...]: starts a node with extra environment, waits until it is ready, then until it
# has settled (see bench_settle).
bench_start() {
  local port=$1 log=$2
  shift 2
  env "$@" dotnet "$DLL" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  BENCH_PIDS+=($!)
  BENCH_PORT_PIDS[$port]=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.2; done
  bench_settle "${BENCH_PIDS[-1]}"
}

# bench_settle PID: waits (at most 180 s) until the process uses less than 5 % of a core over one second. A node that
# has just set up the demo hub keeps working in the background for a while (image variants rendered ahead of
# readers, the search index built, tiered JIT): measuring then would charge that work to whatever runs first.
bench_settle() {
  local pid=$1 before after waited=0 hz
  hz=$(getconf CLK_TCK)
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  while [ "$waited" -lt 180 ]; do
    sleep 1
    waited=$((waited + 1))
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    if [ $(((after - before) * 100)) -lt $((hz * 5)) ]; then
      [ "$waited" -gt 1 ] && echo "node $pid settled after $waited s" >&2
      return 0
    fi
    before=$after
  done
  echo "node $pid still busy after 180 s: measuring anyway" >&2
}

# bench_expect CODE URL [curl options...]: stops the run when a URL does not answer as expected.
bench_expect() {
  local want=$1 url=$2
  shift 2
  local got
  got=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")
  [ "$got" = "$want" ] || { echo "expected $want from $url, got $got" >&2; exit 1; }
}

# rps [wrk options...] URL: requests/s over SECONDS_PER_RUN with CONNECTIONS connections and 2 threads. The
# timeout is 10 s (wrk's default is 2 s): on a loaded machine slow answers must count, not vanish as timeouts.
rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s "$@" | awk '/Requests\/sec/ {print $2}'; }

# wrk_cpu PID CONNECTIONS SECONDS [wrk options...] URL: one wrk run, then its requests/s and the CPU time the node PID
# spent per answered request, in microseconds (user + system, from /proc). Prints "RPS MICROSECONDS".
wrk_cpu() {
  local pid=$1 connections=$2 seconds=$3 hz before after out
  shift 3
  hz=$(getconf CLK_TCK)
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" "$@")
  after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$out" | awk -v a="$before" -v b="$after" -v hz="$hz" \
    '/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%s %.0f\n", r, (n > 0 ? (b - a) * 1e6 / hz / n : 0)}'
}

# rps_cpu PID [wrk options...] URL: like rps, then the CPU time the node PID spent per answered request (wrk_cpu).
# Requests/s move with whatever else shares the machine; the CPU a page costs moves much less, so it is what tells two
# builds apart on a shared machine. Prints "RPS MICROSECONDS".
rps_cpu() {
  local pid=$1
  shift
  wrk_cpu "$pid" "$CONNECTIONS" "$SECONDS_PER_RUN" --timeout 10s "$@"
}

# warm [wrk options...] URL: light load (16 connections) in 3 s windows until the node behind URL's port has reached
# its steady cost: its CPU per request no more than 10 % under what it was two windows (6 s) before, after at least
# WARM_SECONDS (15) and at most WARM_MAX_SECONDS (60). A fresh node's tiered JIT recompiles the hot code for 10-20 s of
# load: a fixed 2 s warm left the first 10 s measure of an article built on every request at 2,668 us of CPU per page
# against 980 once steady, and events at 134 against 80 (7 December 2026). Comparing with two windows back, not one,
# keeps a slow start (two costly windows in a row while the JIT works) from passing for steady. A node serving for
# days pays that compilation once, not per request. Prints what it saw on stderr (kept in the logs).
warm() {
  local url port pid cpu first= back1=0 back2=0 waited=0
  for url in "$@"; do [[ $url == http://127.0.0.1:* ]] && break; done
  port=${url#http://127.0.0.1:}
  port=${port%%/*}
  pid=${BENCH_PORT_PIDS[$port]:?warm: no node started on port $port}
  while :; do
    read -r _ cpu < <(wrk_cpu "$pid" 16 3 "$@")
    waited=$((waited + 3))
    first=${first:-$cpu}
    if [ "$waited" -ge "${WARM_MAX_SECONDS:-60}" ]; then
      echo "warm: $url still moving after $waited s ($first -> $cpu us of CPU per request): measuring anyway" >&2
      return 0
    fi
    if [ "$waited" -ge "${WARM_SECONDS:-15}" ] && [ "$back2" -gt 0 ] &&
       awk -v a="$back2" -v b="$cpu" 'BEGIN {exit !(b >= a * 0.9)}'; then
      echo "warm: $url steady after $waited s ($first -> $cpu us of CPU per request)" >&2
      return 0
    fi
    back2=$back1
    back1=$cpu
  done
}

# bare PORT: the baseline, run-all.sh's when it gave one, else measured now on this node.
bare() {
  if [ -n "${BARE_RPS:-}" ]; then
    echo "$BARE_RPS"
  else
    warm "http://127.0.0.1:$1/health/live"
    rps "http://127.0.0.1:$1/health/live"
  fi
}

# result MEASURE VALUE UNIT BASELINE TARGET: a human line and a RESULT line. With a baseline (requests/s of the
# bare endpoint) the ratio is VALUE / BASELINE; with "-" there is no ratio.
result() {
  local measure=$1 value=$2 unit=$3 baseline=$4 target=$5 ratio=-
  if [ "$baseline" != "-" ]; then
    ratio=$(awk -v v="$value" -v b="$baseline" 'BEGIN { printf "%.3f", v / b }')
  fi
  printf '%-34s %12s %-8s ratio %-6s target %s\n' "$measure" "$value" "$unit" "$ratio" "$target"
  printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "$measure" "$value" "$unit" "$ratio" "$target"
}

load_average() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
