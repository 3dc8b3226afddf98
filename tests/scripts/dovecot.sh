#!/usr/bin/env bash
# A private Dovecot IMAP server on loopback for the bounce-mailbox tests:
#   tests/scripts/dovecot.sh start DIR PORT   (prints nothing on success; DIR holds config, users and maildirs)
#   tests/scripts/dovecot.sh stop DIR
# No system service, no system users: it runs as the current user, accepts plaintext logins on 127.0.0.1 only,
# and knows any user name whose password is "secret" (each test uses its own user, so tests run in parallel).
set -euo pipefail
cmd=${1:?usage: dovecot.sh start|stop DIR [PORT]}
dir=${2:?usage: dovecot.sh start|stop DIR [PORT]}
DOVECOT=${DOVECOT:-/usr/sbin/dovecot}

case "$cmd" in
  start)
    port=${3:?usage: dovecot.sh start DIR PORT}
    [ -x "$DOVECOT" ] || { echo "dovecot not found at $DOVECOT (apt-get install dovecot-imapd)" >&2; exit 1; }
    mkdir -p "$dir/run" "$dir/mail"
    dir=$(cd "$dir" && pwd)
    user=$(id -un); group=$(id -gn); uid=$(id -u); gid=$(id -g)
    login_user=$user
    if [ "$uid" -eq 0 ]; then
      # Dovecot refuses to run its login and internal processes as root (CI runs as root): use its own
      # unprivileged users, which the Debian package creates; mail is still read and written as root.
      login_user=$(id -un dovenull 2>/dev/null || echo nobody)
      # Mail belongs to dovecot's own user too (Dovecot never accesses mail as uid 0).
      user=$(id -un dovecot 2>/dev/null || echo nobody)
      group=$(id -gn "$user")
      uid=$(id -u "$user"); gid=$(id -g "$user")
      chown "$user:$group" "$dir/mail"
    fi
    # Every user name logs in with "secret": a static passdb, a static userdb with a maildir per user under DIR.
    cat >"$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/run
instance_name = media-test-$port
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $user
default_internal_group = $group
default_login_user = $login_user
first_valid_uid = $uid
last_valid_uid = 0
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
mail_location = maildir:$dir/mail/%u
mail_uid = $uid
mail_gid = $gid
passdb {
  driver = static
  args = password=secret
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
  process_min_avail = 1
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service stats {
  unix_listener stats-reader {
    user = $user
  }
  unix_listener stats-writer {
    user = $user
  }
}
protocol imap {
  mail_max_userip_connections = 100
}
CONF
    "$DOVECOT" -c "$dir/dovecot.conf"
    for _ in $(seq 1 50); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then exit 0; fi
      sleep 0.1
    done
    echo "dovecot did not listen on 127.0.0.1:$port; see $dir/dovecot.log" >&2
    cat "$dir/dovecot.log" >&2 || true
    exit 1
    ;;
  stop)
    [ -f "$dir/dovecot.conf" ] && "$DOVECOT" -c "$dir/dovecot.conf" stop 2>/dev/null || true
    ;;
  *)
    echo "usage: dovecot.sh start|stop DIR [PORT]" >&2; exit 2
    ;;
esac
