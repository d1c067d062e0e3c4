#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, in a folder of its own, on loopback only.
#
#   tests/pg/cluster.sh start DIR [PORT]   initdb DIR (if new) and start it on PORT (default: a
#                                          free one); prints the setup URL
#   tests/pg/cluster.sh stop DIR           stop it (fast shutdown); the folder is left to the caller
#   tests/pg/cluster.sh url DIR            the setup URL again
#
# The setup role `crmnote_setup` (superuser) connects without a password from 127.0.0.1 (trust);
# every other role must give its password (scram-sha-256), so the tests can try a wrong one.
# Durability is off (fsync, full_page_writes): this cluster holds nothing worth keeping; so is
# autovacuum (each test's database lives for a second; tests that need statistics ANALYZE).
# PostgreSQL refuses to run as root: then the cluster runs as the `postgres` user (made by the
# Debian packages) or, failing that, `nobody`, and the folder is handed to that user.
# The binaries: $PG_BIN, else `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin.
set -euo pipefail

ROLE=crmnote_setup
cmd=${1:-}
dir=${2:-}
port=${3:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|url DIR [PORT]" >&2
  exit 2
fi

bindir() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$found" ]; then echo "$found"; return; fi
  if command -v pg_config >/dev/null 2>&1; then pg_config --bindir; return; fi
  echo "$0: no PostgreSQL server binaries (install postgresql, or set PG_BIN)" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    getent passwd postgres >/dev/null || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

url() { echo "postgresql+psycopg://$ROLE@127.0.0.1:$(cat "$dir/port")/postgres"; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$cmd" in
  start)
    bin=$(bindir)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ -n "$port" ] || port=$(free_port)
    echo "$port" >"$dir/port"
    if [ "$(id -u)" = 0 ]; then
      user=postgres
      getent passwd postgres >/dev/null || user=nobody
      chown "$user" "$dir"
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U "$ROLE" --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
      as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<HBA
local all $ROLE trust
host  all $ROLE 127.0.0.1/32 trust
host  all all   127.0.0.1/32 scram-sha-256
HBA
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c autovacuum=off -c max_connections=200" start >/dev/null \
      || { tail -n 20 "$dir/server.log" >&2; exit 1; }
    url
    ;;
  stop)
    bin=$(bindir)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  url) url ;;
  *)
    echo "usage: $0 start|stop|url DIR [PORT]" >&2
    exit 2
    ;;
esac
