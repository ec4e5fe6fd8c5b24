#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests (recipe: /work/shared/docs/stack-notes.md).
#   scripts/pg-throwaway.sh start DIR PORT   create DIR, initdb, start on 127.0.0.1:PORT (trust auth, user postgres)
#   scripts/pg-throwaway.sh stop  DIR PORT   stop the cluster and remove DIR
# Connect with postgresql://postgres@127.0.0.1:PORT/postgres. fsync is off: for tests only.
# As root the server runs as the postgres user (runuser); otherwise as the calling user.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR PORT" >&2; exit 2; }
[ $# -eq 3 ] || usage
action=$1 dir=$2 port=$3
[[ $port =~ ^[0-9]+$ ]] || usage

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
MARKER=.kc-pg-throwaway   # only directories carrying this marker are ever removed

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  [ -x "$PGBIN/initdb" ] || { echo "pg-throwaway: $PGBIN/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }
  mkdir -p "$dir"
  touch "$dir/$MARKER"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
    runuser -u postgres -- test -w "$dir" \
      || { echo "pg-throwaway: user postgres cannot reach $dir (a parent folder is private); use e.g. mktemp -d" >&2; exit 1; }
  fi
  as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
    start >/dev/null || { cat "$dir/log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$port"
}

stop() {
  [ -d "$dir" ] || return 0
  [ -f "$dir/$MARKER" ] || { echo "pg-throwaway: $dir is not a throwaway cluster; not touching it" >&2; exit 1; }
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
