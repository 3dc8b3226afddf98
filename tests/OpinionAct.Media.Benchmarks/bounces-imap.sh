#!/usr/bin/env bash
# Bounce mailbox processing rate (issue 19): starts a private Dovecot on loopback (tests/scripts/dovecot.sh), then runs
# the `bounces` verb: COUNT DSNs appended to two identical mailboxes per round; our pass (parse, VERP check, match,
# record with the progress mark, MOVE) against the bare IMAP fetch and MimeKit parse of the same messages, alternating
# which goes first; prints both rates and their ratio, peak memory and allocations per message.
# Usage: tests/OpinionAct.Media.Benchmarks/bounces-imap.sh [count=2000]
# Environment: ROUNDS (3), IMAP_PORT (10243), BUILD (1; 0 = use the Release build already there).
set -euo pipefail
COUNT=${1:-2000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
IMAP_PORT=${IMAP_PORT:-10243}
ROUNDS=${ROUNDS:-3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

DIR=$(mktemp -d /tmp/media-bounces-imap.XXXXXX)
chmod 755 "$DIR"
trap '"$ROOT/tests/scripts/dovecot.sh" stop "$DIR/dovecot" >/dev/null 2>&1 || true; rm -rf "$DIR"' EXIT
"$ROOT/tests/scripts/dovecot.sh" start "$DIR/dovecot" "$IMAP_PORT"
export MEDIA_TEST_IMAP="127.0.0.1:$IMAP_PORT"

if [ "${BUILD:-1}" = 1 ]; then
  dotnet build -c Release "$ROOT/tests/OpinionAct.Media.Benchmarks" -v q >"$DIR/build.log" 2>&1 || { cat "$DIR/build.log" >&2; exit 1; }
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$ROOT/tests/OpinionAct.Media.Benchmarks/bin/Release/net10.0/OpinionAct.Media.Benchmarks.dll" bounces "$COUNT" --rounds "$ROUNDS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
