#!/usr/bin/env bash
# Tenant density on one node (issue 15, outcome 4). Measures:
#  (1) the time from `tenants create` to the tenant's first 200 response on a running node;
#  (2) the web process's working set (VmRSS) with 1 and with N running tenants, each requested once, then each searched
#      once (which opens its Lucene index), and the MB each tenant adds;
#  (3) the node's idle CPU (% of one core) over IDLE_SECONDS (30) after that work, with N tenants running, then again
#      over IDLE_SECONDS after SETTLE_SECONDS (60) more: the first window still holds the runtime's catching up after the
#      burst (tiered JIT) and the scheduler's first looks at tenants new to the node, the second less of both;
#  (4) the first request to a tenant not yet active on this node (created by the CLI, schema current, never requested
#      here): median over FIRST_SAMPLES (7) fresh tenants.
# Usage: tests/scripts/measure-tenants.sh [N=200] [PARALLEL=2]
# Env: PORT (5099), BATCH (tenants per CLI process, 50), IDLE_SECONDS (30), SETTLE_SECONDS (60), FIRST_SAMPLES (7),
#      MEDIA_BENCH_BIN (a folder with a Release build of OpinionAct.Media.Web to reuse instead of building).
# Runs on SQLite in a throwaway data folder; everything it starts listens on 127.0.0.1 only. The last lines are
# RESULT<TAB>measure<TAB>value<TAB>unit<TAB>ratio<TAB>target, for tests/OpinionAct.Media.Benchmarks/run-all.sh.
set -euo pipefail
N=${1:-200}
PARALLEL=${2:-2}
PORT=${PORT:-5099}
BATCH=${BATCH:-50}
IDLE_SECONDS=${IDLE_SECONDS:-30}
SETTLE_SECONDS=${SETTLE_SECONDS:-60}
FIRST_SAMPLES=${FIRST_SAMPLES:-7}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=$(mktemp -d /tmp/media-measure.XXXXXX)
export Media__DataPath="$DATA" Media__DemoTenant__Enabled=false Media__Admin__Password="measure-only-password" \
       Logging__LogLevel__Default=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -n "${MEDIA_BENCH_BIN:-}" ] && [ -f "$MEDIA_BENCH_BIN/OpinionAct.Media.Web.dll" ]; then
  BIN=$MEDIA_BENCH_BIN
else
  BIN="$DATA/bin"
  dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$BIN" >/dev/null
fi
DLL="$BIN/OpinionAct.Media.Web.dll"
cli() { dotnet "$DLL" "$@" >/dev/null; }
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$WEB/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$WEB/stat"; }
now_ms() { date +%s%3N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

dotnet "$DLL" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done
echo "load average at start: $(load)"

start=$(now_ms)
cli tenants create --name m1
created=$(now_ms)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/m1/")" = 200 ]; do sleep 0.05; done
served=$(now_ms)
curl -s -o /dev/null "http://127.0.0.1:$PORT/m1/search?q=energie"
echo "tenants create (CLI process, migrations, recipe): $((created - start)) ms"
echo "create -> first 200 on the running node:          $((served - start)) ms (node saw it $((served - created)) ms after the CLI returned)"
WS1=$(rss_mb)
echo "working set, 1 tenant:   $WS1 MB"

# The other tenants, BATCH names per CLI process (one process start and model build for many tenants), PARALLEL at once.
t0=$(now_ms)
seq 2 "$N" | sed 's/^/--name m/' | xargs -n "$((2 * BATCH))" | xargs -P "$PARALLEL" -I{} sh -c "dotnet '$DLL' tenants create {} >/dev/null"
echo "created $((N - 1)) more tenants in $(( ($(now_ms) - t0) / 1000 )) s (batches of $BATCH, $PARALLEL in parallel)"
sleep 2
fails=0
for i in $(seq 1 "$N"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/m$i/")
  [ "$code" = 200 ] || fails=$((fails + 1))
done
echo "working set, $N tenants: $(rss_mb) MB (each requested once; $fails non-200 answers)"
sfails=0
for i in $(seq 1 "$N"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/m$i/search?q=energie")
  [ "$code" = 200 ] || sfails=$((sfails + 1))
done
sleep 5
WSN=$(rss_mb)
PER=$(awk -v a="$WS1" -v b="$WSN" -v n="$N" 'BEGIN { printf "%.3f", (b - a) / (n - 1) }')
echo "working set, $N tenants, each also searched once (one open search index each; $sfails non-200): $WSN MB"
echo "per tenant: $PER MB ((N tenants - 1 tenant) / (N - 1))"

# Idle: nothing is asked of the node; what it spends is its own background work.
hz=$(getconf CLK_TCK)
c0=$(cpu_ticks)
sleep "$IDLE_SECONDS"
c1=$(cpu_ticks)
IDLE=$(awk -v d="$((c1 - c0))" -v hz="$hz" -v s="$IDLE_SECONDS" 'BEGIN { printf "%.2f", 100 * d / hz / s }')
echo "idle CPU with $N tenants over ${IDLE_SECONDS} s: $IDLE % of one core (load average $(load))"
sleep "$SETTLE_SECONDS"
c0=$(cpu_ticks)
sleep "$IDLE_SECONDS"
c1=$(cpu_ticks)
SETTLED=$(awk -v d="$((c1 - c0))" -v hz="$hz" -v s="$IDLE_SECONDS" 'BEGIN { printf "%.2f", 100 * d / hz / s }')
echo "idle CPU with $N tenants over ${IDLE_SECONDS} s, ${SETTLE_SECONDS} s later: $SETTLED % of one core (load average $(load))"

# First request to tenants the node knows (table refreshed) but has never activated or served.
names=""
for k in $(seq 1 "$FIRST_SAMPLES"); do names="$names --name fresh$k"; done
cli tenants create $names
sleep 3
samples=""
for k in $(seq 1 "$FIRST_SAMPLES"); do
  ms=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$PORT/fresh$k/" | awk '$1 == 200 { printf "%.1f", $2 * 1000 } $1 != 200 { print "fail" }')
  samples="$samples $ms"
  sleep 0.5
done
FIRST=$(echo "$samples" | tr ' ' '\n' | grep -v '^$' | grep -v fail | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "fail"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "first request to a not-yet-active tenant (ms):$samples; median $FIRST ms"
echo "working set at the end: $(rss_mb) MB; load average $(load)"

printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "tenants: working set, $N tenants" "$WSN" "MB" "-" "<= 400 MB"
printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "tenants: working set per tenant" "$PER" "MB" "-" "-"
printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "tenants: idle CPU, $N tenants" "$IDLE" "% of a core" "-" "<= 2 %"
printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "tenants: idle CPU, $N tenants, ${SETTLE_SECONDS} s later" "$SETTLED" "% of a core" "-" "-"
printf 'RESULT\t%s\t%s\t%s\t%s\t%s\n' "tenants: first request, not-yet-active tenant (median)" "$FIRST" "ms" "-" "<= 100 ms"
