#!/usr/bin/env bash
# The cluster test of issue 17 (docs/scale-out.md#the-cluster-test): PostgreSQL, Redis, HAProxy and 3 web nodes on
# loopback from Debian's packages; a mixed workload through the balancer while a node is SIGKILLed and restarted and
# Redis is stopped for 10 s; then a table of figures. Exits non-zero on any breach.
#   tests/scripts/cluster.sh [--short] [--nodes 3] [--recipients 2000] [--seconds 70] [--work DIR]
# --short (what .ci/run runs): 40 s of workload and no requests/s table; the node kill and the Redis stop still happen.
# MEDIA_TEST_POSTGRES (as .ci/run sets it) is used when present; otherwise a throwaway PostgreSQL cluster is started.
# CONFIG=Release builds and runs the Release binaries (default Debug, which the test command already built).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CONFIG=${CONFIG:-Debug}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { printf '[cluster.sh] %s\n' "$*" >&2; }

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/redis-server ] || need+=(redis-server)
[ -x /usr/sbin/haproxy ] || need+=(haproxy)
case " $* " in *" --short "*) ;; *) command -v wrk >/dev/null || need+=(wrk) ;; esac
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

PG_DIR=""
cleanup() {
  if [ -n "$PG_DIR" ]; then
    su postgres -c "$PGBIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT
if [ -n "${MEDIA_TEST_POSTGRES:-}" ]; then
  # The server of the test run; the cluster test makes (and drops) a database of its own on it.
  POSTGRES=$(printf '%s' "$MEDIA_TEST_POSTGRES" | sed -E 's/(^|;)Database=[^;]*//I; s/^;//')
else
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/media-cluster-pg.XXXXXX)
  chown postgres:postgres "$PG_DIR"
  PG_PORT=15433
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  su postgres -c "$PGBIN/initdb -D $PG_DIR/data -A trust -U postgres" >/dev/null
  su postgres -c "$PGBIN/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off' -l $PG_DIR/pg.log -w start" >/dev/null
  POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
  log "PostgreSQL on 127.0.0.1:$PG_PORT"
fi

dotnet build "$ROOT/src/OpinionAct.Media.Web" -c "$CONFIG" -v q -nologo >/dev/null
dotnet build "$ROOT/tests/OpinionAct.Media.Cluster" -c "$CONFIG" -v q -nologo >/dev/null
dotnet "$ROOT/tests/OpinionAct.Media.Cluster/bin/$CONFIG/net10.0/OpinionAct.Media.Cluster.dll" \
  --web "$ROOT/src/OpinionAct.Media.Web/bin/$CONFIG/net10.0" --postgres "$POSTGRES" "$@"
