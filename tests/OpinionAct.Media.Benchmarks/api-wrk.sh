#!/usr/bin/env bash
# API benchmark (wrk), issue 14. In one run, against one Release build on 127.0.0.1 with the demo hub, it measures
#   1. the bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. a bearer-authenticated Admin API GET (/demo/api/v1/admin/whoami: tenant lookup, the tenant's OpenID
#      options, JWT signature and lifetime, the token's row in the tenant database, the scope policy),
#   3. the Admin API's article list (/demo/api/v1/admin/articles?limit=10: the same, plus the list's queries and JSON),
#   4. the token endpoint for client credentials (/demo/connect/token: client lookup, secret hash check,
#      a token row written, a JWT signed with the tenant's RSA key),
# and prints each as requests/s and as a ratio of the bare endpoint.
# The integration is created with the CLI against the node's data folder, as an agency would.
# Usage: tests/OpinionAct.Media.Benchmarks/api-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=5096
DATA=$(mktemp -d /tmp/api-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/demo/")" = 200 ]; do sleep 0.5; done

CREATED=$(dotnet "$DATA/bin/OpinionAct.Media.Web.dll" integrations create --tenant demo --name Benchmark --scope content:read --token-minutes 1440 --json)
CLIENT=$(echo "$CREATED" | sed -n 's/.*"clientId": *"\([^"]*\)".*/\1/p')
SECRET=$(echo "$CREATED" | sed -n 's/.*"clientSecret": *"\([^"]*\)".*/\1/p')
TOKEN=$(curl -s -d grant_type=client_credentials -d "client_id=$CLIENT" -d "client_secret=$SECRET" "http://127.0.0.1:$PORT/demo/connect/token" \
  | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "no token" >&2; exit 1; }
ADMIN_GET="http://127.0.0.1:$PORT/demo/api/v1/admin/whoami"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$ADMIN_GET")" = 200 ] || { echo "admin API refused the token" >&2; exit 1; }
ARTICLES="http://127.0.0.1:$PORT/demo/api/v1/admin/articles?limit=10"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$ARTICLES")" = 200 ] || { echo "admin API article list did not answer 200" >&2; exit 1; }

rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c16 -d2s "http://127.0.0.1:$PORT/health/live" >/dev/null   # warm up the JIT
wrk -t2 -c16 -d2s -H "Authorization: Bearer $TOKEN" "$ADMIN_GET" >/dev/null
wrk -t2 -c16 -d2s -H "Authorization: Bearer $TOKEN" "$ARTICLES" >/dev/null

bare=$(rps "http://127.0.0.1:$PORT/health/live")
admin=$(rps -H "Authorization: Bearer $TOKEN" "$ADMIN_GET")
articles=$(rps -H "Authorization: Bearer $TOKEN" "$ARTICLES")
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$HERE/token.lua" "http://127.0.0.1:$PORT/demo/connect/token" -- "$CLIENT" "$SECRET" >"$DATA/token.txt"
token=$(awk '/Requests\/sec/ {print $2}' "$DATA/token.txt")
grep "tokens issued" "$DATA/token.txt"
awk -v b="$bare" -v a="$admin" -v l="$articles" -v t="$token" 'BEGIN {
  printf "bare endpoint          %10.0f req/s  1.00\n", b
  printf "admin API GET (bearer) %10.0f req/s  %.3f (target >= 0.2)\n", a, a / b
  printf "admin API article list %10.0f req/s  %.3f (target >= 0.2)\n", l, l / b
  printf "token endpoint (cc)    %10.0f req/s  %.3f\n", t, t / b
}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
