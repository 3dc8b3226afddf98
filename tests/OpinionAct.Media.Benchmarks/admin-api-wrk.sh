#!/usr/bin/env bash
# Admin API load benchmark (wrk). In one run, against one Release build on 127.0.0.1 with the demo recipe, it
# measures
#   1. a bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. GET /demo/api/v1/admin/articles?limit=10 with a bearer token (client credentials of an integration made
#      by the CLI): token validation (signature, issuer, the token's row), the scope policy, the article list
#      query (count + page with topics) and JSON,
# and prints each as requests/s and the API's ratio to the bare endpoint. Target (issue 14): >= 0.2.
# Usage: tests/OpinionAct.Media.Benchmarks/admin-api-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=5097
DATA=$(mktemp -d /tmp/media-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
export Media__DataPath="$DATA" Media__Admin__Password="benchmark-only-password" Logging__LogLevel__Default=Warning \
       DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done

# An integration of the demo hub (the CLI writes to the same data folder), then a token from the hub's token endpoint.
CREATED=$(dotnet "$DATA/bin/OpinionAct.Media.Web.dll" integrations create --tenant demo --name "wrk benchmark" --scope content:read --json)
CLIENT_ID=$(echo "$CREATED" | grep -oi '"clientId": *"[^"]*"' | sed 's/.*: *"\(.*\)"/\1/')
SECRET=$(echo "$CREATED" | grep -oi '"clientSecret": *"[^"]*"' | sed 's/.*: *"\(.*\)"/\1/')
TOKEN=$(curl -s -d grant_type=client_credentials -d "client_id=$CLIENT_ID" --data-urlencode "client_secret=$SECRET" \
  "http://127.0.0.1:$PORT/demo/connect/token" | grep -o '"access_token": *"[^"]*"' | sed 's/.*: *"\(.*\)"/\1/')
[ -n "$TOKEN" ] || { echo "no access token (client $CLIENT_ID)" >&2; exit 1; }
API="http://127.0.0.1:$PORT/demo/api/v1/admin/articles?limit=10"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API")" = 200 ] || { echo "the Admin API did not answer 200 at $API" >&2; exit 1; }
echo "admin API: $API ($(curl -s -H "Authorization: Bearer $TOKEN" "$API" | wc -c) bytes)"

rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c16 -d2s "http://127.0.0.1:$PORT/health/live" >/dev/null           # warm up the JIT
wrk -t2 -c16 -d2s -H "Authorization: Bearer $TOKEN" "$API" >/dev/null

bare=$(rps "http://127.0.0.1:$PORT/health/live")
api=$(rps -H "Authorization: Bearer $TOKEN" "$API")
awk -v b="$bare" -v a="$api" 'BEGIN {
  printf "bare endpoint          %10.0f req/s  1.00\n", b
  printf "admin API article list %10.0f req/s  %.2f (target >= 0.20)\n", a, a / b
}'
