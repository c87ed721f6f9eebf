#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL cluster for the tests (no systemd, no Docker) and prints nothing
# but errors. Usage: scripts/postgres.sh start|stop. PGPORT and PGBASE may be set.
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGBASE="${PGBASE:-/tmp/haven-pg}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$PGBIN" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

case "${1:-start}" in
  start)
    mkdir -p "$PGBASE/sock"
    if [ ! -s "$PGBASE/data/PG_VERSION" ]; then
      mkdir -p "$PGBASE/data"
      [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$PGBASE"
      as_postgres "$PGBIN/initdb -D '$PGBASE/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$PGBASE/initdb.log' 2>&1"
    fi
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$PGBASE"
    if as_postgres "$PGBIN/pg_ctl -D '$PGBASE/data' status" >/dev/null 2>&1; then
      exit 0
    fi
    # fsync=off: a throwaway test cluster, never a real database.
    as_postgres "$PGBIN/pg_ctl -D '$PGBASE/data' -l '$PGBASE/server.log' -w -t 30 -o \"-p $PGPORT -k $PGBASE/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null
    ;;
  stop)
    as_postgres "$PGBIN/pg_ctl -D '$PGBASE/data' -m fast -w stop" >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
