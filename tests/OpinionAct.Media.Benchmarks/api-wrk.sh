#!/usr/bin/env bash
# API benchmark (wrk), issue 14. In one run, against one Release build on 127.0.0.1 with the demo hub, it measures
#   1. the bare endpoint (/health/live: no tenant, no database, a few bytes),
#   2. a bearer-authenticated Admin API GET (/demo/api/v1/admin/whoami: tenant lookup, the tenant's OpenID
#      options, the token's lifetime and liveness, the scope policy; its signature was verified at its first call
#      and the node remembers that, as it does for any integration reusing its token),
#   3. the Admin API's article list (/demo/api/v1/admin/articles?limit=10: the same, plus the list's queries and JSON),
#   4. the token endpoint for client credentials (/demo/connect/token: client lookup, secret hash check,
#      a token row written, a JWT signed with the tenant's RSA key),
#   5. whoami again on a node restarted with Media__Apis__Tokens__VerifiedTokensKept=0, so that every call verifies
#      the JWT's signature: what a token's first call costs,
# and prints each as requests/s and as a ratio of the bare endpoint.
# The integration is created with the CLI against the node's data folder, as an agency would.
# Usage: tests/OpinionAct.Media.Benchmarks/api-wrk.sh [seconds=10] [connections=64]
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-64}
PORT=${PORT:-5096}
source "$(dirname "$0")/bench-lib.sh"
bench_data api-wrk
load_average

bench_build
bench_start "$PORT" "$DATA/web.log"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/demo/")" = 200 ]; do sleep 0.5; done
CREATED=$(dotnet "$DLL" integrations create --tenant demo --name Benchmark --scope content:read --token-minutes 1440 --json)
CLIENT=$(echo "$CREATED" | sed -n 's/.*"clientId": *"\([^"]*\)".*/\1/p')
SECRET=$(echo "$CREATED" | sed -n 's/.*"clientSecret": *"\([^"]*\)".*/\1/p')
TOKEN=$(curl -s -d grant_type=client_credentials -d "client_id=$CLIENT" -d "client_secret=$SECRET" "http://127.0.0.1:$PORT/demo/connect/token" \
  | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "no token" >&2; exit 1; }
BEARER="Authorization: Bearer $TOKEN"
ADMIN_GET="http://127.0.0.1:$PORT/demo/api/v1/admin/whoami"
ARTICLES="http://127.0.0.1:$PORT/demo/api/v1/admin/articles?limit=10"
bench_expect 200 "$ADMIN_GET" -H "$BEARER"
bench_expect 200 "$ARTICLES" -H "$BEARER"

# Warmed until steady (bench-lib's warm): a bearer call runs OpenIddict's validation (token parsing, signature, its event
# handlers), which the runtime was still compiling at full optimisation after 2 s. On 7 December 2026, the same build
# measured 4,150-4,530 req/s for whoami after a 2 s warm and 8,280-9,260 after 10 s.
warm -H "$BEARER" "$ADMIN_GET"
warm -H "$BEARER" "$ARTICLES"
b=$(bare "$PORT")
result "bare endpoint" "$b" "req/s" "$b" "-"
result "admin API: GET whoami (bearer)" "$(rps -H "$BEARER" "$ADMIN_GET")" "req/s" "$b" ">= 0.20"
result "admin API: article list (bearer)" "$(rps -H "$BEARER" "$ARTICLES")" "req/s" "$b" ">= 0.20"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$BENCH_HERE/token.lua" "http://127.0.0.1:$PORT/demo/connect/token" -- "$CLIENT" "$SECRET" >"$DATA/token.txt"
grep "tokens issued" "$DATA/token.txt"
result "token endpoint (client credentials)" "$(awk '/Requests\/sec/ {print $2}' "$DATA/token.txt")" "req/s" "$b" "-"

# The same data folder on a node that remembers no verified token (the first node is stopped first: one node per folder).
kill "${BENCH_PIDS[-1]}"; wait "${BENCH_PIDS[-1]}" 2>/dev/null || true
bench_start "$PORT" "$DATA/web-verify-every-call.log" Media__Apis__Tokens__VerifiedTokensKept=0
bench_expect 200 "$ADMIN_GET" -H "$BEARER"
warm -H "$BEARER" "$ADMIN_GET"
result "admin API: GET whoami, signature verified every call" "$(rps -H "$BEARER" "$ADMIN_GET")" "req/s" "$b" "-"
load_average
