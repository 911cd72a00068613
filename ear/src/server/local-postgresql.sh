#!/usr/bin/env bash
# A PostgreSQL server of the build's own for the integration tests on PostgreSQL: a new cluster in a folder of
# target/ on its own port, with one database and user, made afresh at every start (as a new installation is).
# Uses Debian's postgresql package (apt-get install postgresql); nothing of the machine's own clusters is touched.
# Usage: test-postgresql.sh start|stop FOLDER PORT   Environment (start): SACHET_DB_USER, SACHET_DB_PASSWORD
set -euo pipefail
action=$1 folder=$2 port=$3
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "test-postgresql.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

# initdb and the server refuse to run as root: as root (CI), they run as the package's postgres user
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [ -f "$folder/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
  fi
}

case $action in
  start)
    stop
    rm -rf "$folder"
    mkdir -p "$folder"
    chmod 700 "$folder"
    printf '%s\n' "$SACHET_DB_PASSWORD" > "$folder/superuser-password"
    [ "$(id -u)" = 0 ] && chown -R postgres "$folder"
    # C collation: text sorts and compares by code point, as in Derby
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=scram-sha-256 --pwfile="$folder/superuser-password" \
      --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
      || { cat "$folder/initdb.log" >&2; exit 1; }
    rm -f "$folder/superuser-password"
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $folder -c fsync=off -c max_connections=200" start >/dev/null
    PGPASSWORD=$SACHET_DB_PASSWORD "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -c "CREATE ROLE \"$SACHET_DB_USER\" LOGIN PASSWORD '$SACHET_DB_PASSWORD'" \
      -c "CREATE DATABASE sachet OWNER \"$SACHET_DB_USER\""
    echo "PostgreSQL for the tests on 127.0.0.1:$port ($folder)"
    ;;
  stop) stop ;;
  *) echo "usage: test-postgresql.sh start|stop FOLDER PORT" >&2; exit 2 ;;
esac
