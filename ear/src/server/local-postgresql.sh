#!/usr/bin/env bash
# A PostgreSQL server of Sachet's own on this machine, in a folder and on a port of its own, with one database
# (sachet) and one user: for the integration tests (made afresh at every run) and for ./sachet cluster (kept).
# Uses Debian's postgresql package (apt-get install postgresql); the machine's own clusters are not touched.
#   local-postgresql.sh fresh FOLDER PORT   a new, empty one (whatever was in FOLDER is deleted), started
#   local-postgresql.sh start FOLDER PORT   the one in FOLDER, made first if there is none, started
#   local-postgresql.sh stop  FOLDER PORT
# Environment (fresh, and start of a new one): SACHET_DB_USER, SACHET_DB_PASSWORD
set -euo pipefail
action=$1 folder=$2 port=$3
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "local-postgresql.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

# initdb and the server refuse to run as root: as root (CI), they run as the package's postgres user
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [ -f "$folder/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; }

stop() {
  if running; then
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
  fi
}

make_new() {
  rm -rf "$folder"
  mkdir -p "$folder"
  chmod 700 "$folder"
  printf '%s\n' "$SACHET_DB_PASSWORD" > "$folder/superuser-password"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$folder"
    runuser -u postgres -- test -r "$folder/superuser-password" \
      || { echo "local-postgresql.sh: the postgres user cannot reach $folder (a parent folder is closed to it)" >&2; exit 1; }
  fi
  # C collation: text sorts and compares by code point, as in Derby
  as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=scram-sha-256 --pwfile="$folder/superuser-password" \
    --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; exit 1; }
  rm -f "$folder/superuser-password"
  start_server
  # the statements go in on standard input: on the command line the password would show in the process list
  PGPASSWORD=$SACHET_DB_PASSWORD "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres <<SQL
CREATE ROLE "$SACHET_DB_USER" LOGIN PASSWORD '$SACHET_DB_PASSWORD';
CREATE DATABASE sachet OWNER "$SACHET_DB_USER";
SQL
}

start_server() {
  # on loopback only; fsync off only for the tests' throwaway clusters
  local options="-p $port -c listen_addresses=127.0.0.1 -k $folder -c max_connections=200"
  [ "$action" = fresh ] && options="$options -c fsync=off"
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -o "$options" start >/dev/null
}

case $action in
  fresh)
    stop
    make_new
    echo "PostgreSQL on 127.0.0.1:$port, new ($folder)"
    ;;
  start)
    if [ ! -f "$folder/data/PG_VERSION" ]; then
      make_new
    elif ! running; then
      start_server
    fi
    echo "PostgreSQL on 127.0.0.1:$port ($folder)"
    ;;
  stop) stop ;;
  *) echo "usage: local-postgresql.sh fresh|start|stop FOLDER PORT" >&2; exit 2 ;;
esac
