#!/usr/bin/env bash
# Newsletter sending benchmark against a loopback SMTP sink in its own process(es) (issue 15, outcome 5).
# In one run it
#   1. starts the sink: aiosmtpd (Debian's python3-aiosmtpd) with a handler that drops messages and advertises
#      PIPELINING, in SINK_PROCESSES processes on one port (SO_REUSEPORT), on uvloop when python3-uvloop is there;
#   2. runs the `newsletters` verb (SQLite): two warm-up issues, not counted, then ROUNDS issues to COUNT / ROUNDS
#      confirmed subscribers; in each round it sends the issue through the real pipeline (leases, render once,
#      per-recipient links and headers, prebuilt messages, group-committed marks) and, before or after it in turn, as
#      many messages with the simplest client (a raw socket loop making the same pipelined exchange, sending one
#      prebuilt copy of the same message over as many connections): the sink's maximum;
#   3. prints our messages/s, the sink's maximum over the same rounds, the ratio, and the socket reads per
#      message the sink saw (2 with pipelining; 4 or more without).
# Usage: tests/OpinionAct.Media.Benchmarks/newsletter-smtp.sh [count=20000]
# Environment: SMTP_PORT (5240), SINK_PROCESSES (2), SINK_UVLOOP (1 = use uvloop when installed), CONCURRENCY (8),
#              PIPELINING (1 = the sink advertises it), ROUNDS (4), DKIM (0; 1 = alternate rounds without and with a DKIM key
#              for the sender's domain and print both rates: the signing cost, issue 19), BUILD (1; 0 = use the Release build already there;
#              run-all.sh, which builds once, sets MEDIA_BENCH_BIN and that also skips the build).
# Target: >= 3,000 messages/s, or >= 0.8 of the sink's maximum measured in the same run.
set -euo pipefail
COUNT=${1:-20000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SMTP_PORT=${SMTP_PORT:-5240}
SINK_PROCESSES=${SINK_PROCESSES:-2}
SINK_UVLOOP=${SINK_UVLOOP:-1}
CONCURRENCY=${CONCURRENCY:-8}
PIPELINING=${PIPELINING:-1}
ROUNDS=${ROUNDS:-4}
PYTHON=/usr/bin/python3
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

"$PYTHON" -c 'import aiosmtpd' 2>/dev/null || { echo "aiosmtpd is missing: apt-get install -y python3-aiosmtpd" >&2; exit 1; }
sink_args=("$SMTP_PORT" --processes "$SINK_PROCESSES")
sink_name="aiosmtpd $("$PYTHON" -c 'import aiosmtpd; print(aiosmtpd.__version__)'), $SINK_PROCESSES process(es)"
if [ "$PIPELINING" = 1 ]; then sink_args+=(--pipelining); sink_name+=", PIPELINING advertised"; fi
if [ "$SINK_UVLOOP" = 1 ] && "$PYTHON" -c 'import uvloop' 2>/dev/null; then sink_args+=(--uvloop); sink_name+=", uvloop"; fi

OUT=$(mktemp -d /tmp/media-newsletter-smtp.XXXXXX)
if [ "${BUILD:-1}" = 1 ] && [ -z "${MEDIA_BENCH_BIN:-}" ]; then
  dotnet build -c Release "$ROOT/tests/OpinionAct.Media.Benchmarks" -v q >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
fi

"$PYTHON" "$HERE/smtp-sink.py" "${sink_args[@]}" 2>"$OUT/sink.log" &
SINK=$!
trap 'kill $SINK 2>/dev/null || true; wait $SINK 2>/dev/null || true; rm -rf "$OUT"' EXIT
until "$PYTHON" -c "import socket; socket.create_connection(('127.0.0.1', $SMTP_PORT)).close()" 2>/dev/null; do sleep 0.2; done

echo "sink: $sink_name on 127.0.0.1:$SMTP_PORT; load average $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
dotnet run -c Release --no-build --project "$ROOT/tests/OpinionAct.Media.Benchmarks" -- newsletters "$COUNT" \
  --concurrency "$CONCURRENCY" --rate 0 --smtp-port "$SMTP_PORT" --rounds "$ROUNDS" $([ "${DKIM:-0}" = 1 ] && echo --dkim) | tee "$OUT/bench.log"
status=${PIPESTATUS[0]}
set -e
kill $SINK; wait $SINK 2>/dev/null || true
messages=$(awk '/messages,/ {m += $3; r += $5} END {print m + 0, r + 0}' "$OUT/sink.log")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r sunk reads <<<"$messages"
[ "$sunk" -gt 0 ] && awk -v m="$sunk" -v r="$reads" 'BEGIN {printf "sink: %d messages in %d socket reads (%.2f per message)\n", m, r, r / m}'
[ "$status" = 0 ] || { echo "the benchmark failed (exit $status)" >&2; exit "$status"; }

ours=$(awk '/^throughput:/ {print $2}' "$OUT/bench.log")
maximum=$(sed -n 's/^sink maximum.*= \([0-9]*\) messages\/s.*/\1/p' "$OUT/bench.log")
by=$(sed -n 's/^sink maximum.*, by the \(.*\)$/\1/p' "$OUT/bench.log")
ratio=$(awk -v o="$ours" -v m="$maximum" 'BEGIN {printf "%.2f", o / m}')
per_message=$(awk -v m="$sunk" -v r="$reads" 'BEGIN {printf "%.2f", r / m}')
# The ratio here is to the sink's maximum (the simplest client in the same rounds), not to the bare endpoint.
printf 'RESULT\tnewsletters: sending, ratio to the sink maximum (%s)\t%s\tmsg/s\t%s\t>= 0.80 (or >= 3000 msg/s)\n' "$sink_name" "$ours" "$ratio"
printf 'RESULT\tnewsletters: sink maximum (simplest client: %s, prebuilt message)\t%s\tmsg/s\t-\t-\n' "$by" "$maximum"
printf 'RESULT\tnewsletters: socket reads per message at the sink\t%s\treads\t-\t<= 3 (pipelined)\n' "$per_message"
exit 0
