#!/usr/bin/env bash
# Sign-in timing: the median answer time of the agency sign-in for an unknown email and for a known
# email with a wrong password (each from its own client address, so the throttle stays out of the way),
# and their ratio. A ratio near 1 means the answer does not tell whether an account exists.
# Usage: tests/scripts/signin-timing.sh [attempts=15]
set -euo pipefail
N=${1:-15}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=5096
DATA=$(mktemp -d /tmp/media-signin.XXXXXX)
export Media__DataPath="$DATA" Media__DemoTenant__Enabled=false Media__Admin__Email=staff@agency.test \
       Media__Admin__Password="timing-only-password" Media__TrustedProxies__0=127.0.0.1 \
       Logging__LogLevel__Default=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release "$ROOT/src/OpinionAct.Media.Web" -o "$DATA/bin" >/dev/null
dotnet "$DATA/bin/OpinionAct.Media.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/web.log" 2>&1 &
WEB=$!
trap 'kill $WEB 2>/dev/null; wait $WEB 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.2; done

attempt() { # EMAIL ADDRESS -> seconds of the POST
  local jar="$DATA/jar" page token
  page=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/admin/login")
  token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -H "X-Forwarded-For: $2" -w '%{time_total}\n' \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "email=$1" --data-urlencode "password=not the password" \
    "http://127.0.0.1:$PORT/admin/login"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
attempt staff@agency.test 192.0.2.250 >/dev/null   # warm up
unknown=$(for i in $(seq 1 "$N"); do attempt "nobody$i@agency.test" "192.0.2.$i"; done | median)
known=$(for i in $(seq 1 "$N"); do attempt staff@agency.test "198.51.100.$i"; done | median)
awk -v u="$unknown" -v k="$known" 'BEGIN { printf "unknown email %.1f ms, known email wrong password %.1f ms, ratio %.2f\n", u * 1000, k * 1000, u / k }'
