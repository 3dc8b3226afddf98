#!/usr/bin/env bash
# A private Redis on loopback for the cluster tests (Debian's redis-server, no system service, nothing saved):
#   tests/scripts/redis.sh start DIR PORT   (returns once it answers PING)
#   tests/scripts/redis.sh stop DIR
set -euo pipefail
cmd=${1:?usage: redis.sh start|stop DIR [PORT]}
dir=${2:?usage: redis.sh start|stop DIR [PORT]}
REDIS=${REDIS:-/usr/bin/redis-server}

case "$cmd" in
  start)
    port=${3:?usage: redis.sh start DIR PORT}
    [ -x "$REDIS" ] || { echo "redis-server not found at $REDIS (apt-get install redis-server)" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    echo "$port" >"$dir/port"
    "$REDIS" --bind 127.0.0.1 --port "$port" --daemonize yes --save '' --appendonly no \
      --pidfile "$dir/redis.pid" --dir "$dir" --logfile "$dir/redis.log"
    for _ in $(seq 1 50); do
      redis-cli -p "$port" ping >/dev/null 2>&1 && exit 0
      sleep 0.1
    done
    echo "redis-server did not answer on 127.0.0.1:$port; see $dir/redis.log" >&2
    exit 1
    ;;
  stop)
    [ -f "$dir/port" ] && redis-cli -p "$(cat "$dir/port")" shutdown nosave >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: redis.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
