#!/usr/bin/env bash
# Measures (1) the time from `tenants create` to the tenant's first 200 response on a running
# node, and (2) the web process's resident memory with 1 and with N running tenants, each
# requested once, then each searched once (which opens its Lucene index). Usage: tests/scripts/measure-tenants.sh [N=200] [PARALLEL=2]
# Runs on SQLite in a throwaway data folder; everything it starts listens on 127.0.0.1 only.
set -euo pipefail
N=${1:-200}
PARALLEL=${2:-2}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=5099
DATA=$(mktemp -d /tmp/media-measure.XXXXXX)
export Media__DataPath="$DATA" Media__DemoTenant__Enabled=false Media__Admin__Password="measure-only-password" \
       Logging__LogLevel__Default=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
DLL="$DATA/bin/OpinionAct.Media.Web.dll"
cli() { dotnet "$DLL" "$@" >/dev/null; }
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$WEB/status"; }
now_ms() { date +%s%3N; }

dotnet "$DLL" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done

start=$(now_ms)
cli tenants create --name m1
created=$(now_ms)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/m1/")" = 200 ]; do sleep 0.05; done
served=$(now_ms)
echo "tenants create (CLI process, migrations, recipe): $((created - start)) ms"
echo "create -> first 200 on the running node:          $((served - start)) ms (node saw it $((served - created)) ms after the CLI returned)"
echo "working set, 1 tenant:   $(rss_mb) MB"

seq 2 "$N" | xargs -P "$PARALLEL" -I{} dotnet "$DLL" tenants create --name "m{}" >/dev/null
sleep 2
fails=0
for i in $(seq 1 "$N"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/m$i/")
  [ "$code" = 200 ] || fails=$((fails + 1))
done
echo "working set, $N tenants: $(rss_mb) MB (each requested once; $fails non-200 answers)"
for i in $(seq 1 "$N"); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/m$i/search?q=energie"
done
echo "working set, $N tenants, each also searched once (one open search index each): $(rss_mb) MB"
