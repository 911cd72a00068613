#!/usr/bin/env bash
# ./sachet cluster start|stop|status: Sachet on several servers that share one PostgreSQL database and one file store,
# behind nginx as the load balancer, all on this machine, each with its own ports and data folder
# (docs/scale-out.md). On several machines, the same pieces are set up by hand.
#
# Environment:
#   SACHET_CLUSTER_HOME  where the servers' data folders, the file store, nginx's and PostgreSQL's files go
#                        (default ./cluster-data)
#   SACHET_HTTP_PORT     the port nginx listens on (default 8080); server N listens on 127.0.0.1, port + 100 N
#   SACHET_CLUSTER_SIZE  how many servers (default 2, at most 8): a, b, ...
#   SACHET_DB_URL        an existing PostgreSQL database (with SACHET_DB_USER, SACHET_DB_PASSWORD); without it a
#                        PostgreSQL server of the cluster's own runs from SACHET_CLUSTER_HOME/postgresql on
#                        SACHET_CLUSTER_DB_PORT (default 5433)
#   SACHET_FILES         the shared file store (default SACHET_CLUSTER_HOME/files)
# and those of ./sachet start (SACHET_ADMIN_PASSWORD, SACHET_DEMO, ...), given to every server.
set -euo pipefail
umask 077

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
here=$root/ear/src/server
fail() { echo "sachet cluster: $*" >&2; exit 1; }

home=${SACHET_CLUSTER_HOME:-$root/cluster-data}
mkdir -p "$home"
home=$(cd "$home" && pwd)
# as root, PostgreSQL runs as its own user, which must pass through this folder to its own (nothing in it is listed)
[ "$(id -u)" = 0 ] && chmod 711 "$home"
port=${SACHET_HTTP_PORT:-8080}
size=${SACHET_CLUSTER_SIZE:-2}
db_port=${SACHET_CLUSTER_DB_PORT:-5433}
[[ $port =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 64000 ] || fail "SACHET_HTTP_PORT must be 1024..64000"
[[ $size =~ ^[1-8]$ ]] || fail "SACHET_CLUSTER_SIZE must be 1 to 8 (got '$size')"
names=(a b c d e f g h)
names=("${names[@]:0:$size}")
instance_port() { echo $((port + 100 * ($1 + 1))); }
nginx_dir=$home/nginx

database() {
  if [ -n "${SACHET_DB_URL:-}" ]; then
    [ -n "${SACHET_DB_USER:-}" ] || fail "SACHET_DB_URL is set: set SACHET_DB_USER (and SACHET_DB_PASSWORD) too"
    own_database=false
    return
  fi
  own_database=true
  if [ ! -f "$home/db-password" ]; then
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 > "$home/db-password"
  fi
  export SACHET_DB_URL=jdbc:postgresql://127.0.0.1:$db_port/sachet SACHET_DB_USER=sachet
  SACHET_DB_PASSWORD=$(cat "$home/db-password")
  export SACHET_DB_PASSWORD
}

nginx_running() { [ -f "$nginx_dir/nginx.pid" ] && kill -0 "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null; }

write_nginx_conf() {
  mkdir -p "$nginx_dir/temp"
  local worker_user="" servers="" routes="" i name
  if [ "$(id -u)" = 0 ]; then
    # as root, the workers run as www-data (Debian's nginx user) and write only their own temporary files
    worker_user="user www-data;"
    chmod 711 "$nginx_dir"
    chown www-data "$nginx_dir/temp" 2>/dev/null || worker_user="user root;"
  fi
  for i in "${!names[@]}"; do
    name=${names[$i]}
    servers+="        server 127.0.0.1:$(instance_port "$i") max_fails=1 fail_timeout=10s;"$'\n'
    # a session stays with its server; while that one is down, another takes the request
    routes+="    upstream sachet_$name {"$'\n'"        server 127.0.0.1:$(instance_port "$i") max_fails=1 fail_timeout=10s;"$'\n'
    local j
    for j in "${!names[@]}"; do
      [ "$j" = "$i" ] || routes+="        server 127.0.0.1:$(instance_port "$j") backup;"$'\n'
    done
    routes+="        keepalive 16;"$'\n'"    }"$'\n'
  done
  local map=""
  for name in "${names[@]}"; do map+="        ~\\.$name\$ sachet_$name;"$'\n'; done
  cat > "$nginx_dir/nginx.conf" <<CONF
# written by ./sachet cluster start; changes are lost at the next start
$worker_user
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
    # no access log: addresses, searches and names in addresses are not kept
    access_log off;
    client_body_temp_path $nginx_dir/temp/body;
    proxy_temp_path $nginx_dir/temp/proxy;
    fastcgi_temp_path $nginx_dir/temp/fastcgi;
    uwsgi_temp_path $nginx_dir/temp/uwsgi;
    scgi_temp_path $nginx_dir/temp/scgi;
    server_tokens off;

    upstream sachet_any {
$servers        keepalive 16;
    }
$routes
    # the web session's id ends in the name of its server (jvmRoute, prepare-domain.sh)
    map \$cookie_JSESSIONID \$sachet_servers {
$map        default sachet_any;
    }

    server {
        listen $port;
        # uploads go through as they come: the server checks their size before reading them
        client_max_body_size 0;
        proxy_request_buffering off;
        # downloads too (resumed ranges, sendfile on the server)
        proxy_buffering off;
        proxy_read_timeout 300s;
        proxy_send_timeout 300s;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host \$http_host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto \$scheme;
        # a server that is down or starting: the next one (never again for a request already sent, e.g. a POST)
        proxy_next_upstream error timeout http_502 http_503;
        location / {
            proxy_pass http://\$sachet_servers;
        }
        # each server's metrics are read on its own address (docs/scale-out.md), not through the public port
        location = /metrics {
            return 404;
        }
    }
}
CONF
}

cmd_start() {
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || fail "nginx is required (apt-get install nginx)"
  database
  if $own_database; then
    SACHET_DB_USER=sachet bash "$here/local-postgresql.sh" start "$home/postgresql" "$db_port"
  fi
  export SACHET_FILES=${SACHET_FILES:-$home/files}
  mkdir -p "$SACHET_FILES"
  local i name
  for i in "${!names[@]}"; do
    name=${names[$i]}
    echo "Server $name (127.0.0.1:$(instance_port "$i"), data in $home/$name):"
    if ! SACHET_HOME=$home/$name SACHET_HTTP_PORT=$(instance_port "$i") SACHET_INSTANCE=$name \
        SACHET_BIND=127.0.0.1 SACHET_TRUSTED_PROXIES=127.0.0.1 "$root/sachet" start 2>&1 | sed "s/^/  [$name] /"; then
      fail "server $name did not start"
    fi
  done
  write_nginx_conf
  local nginx=/usr/sbin/nginx
  command -v nginx >/dev/null && nginx=$(command -v nginx)
  if nginx_running; then
    "$nginx" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -s reload
  else
    "$nginx" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/error.log" \
      || fail "nginx did not start; see $nginx_dir/error.log"
  fi
  echo
  echo "Sachet is running at http://localhost:$port/ on ${#names[@]} servers (${names[*]}) behind nginx."
  echo "Database: $SACHET_DB_URL   Shared files: $SACHET_FILES   Stop: ./sachet cluster stop"
}

cmd_stop() {
  local nginx=/usr/sbin/nginx i
  command -v nginx >/dev/null && nginx=$(command -v nginx)
  if nginx_running; then
    "$nginx" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -s quit
    echo "nginx stopped."
  fi
  for i in "${!names[@]}"; do
    SACHET_HOME=$home/${names[$i]} SACHET_HTTP_PORT=$(instance_port "$i") "$root/sachet" stop | sed "s/^/  [${names[$i]}] /"
  done
  if [ -z "${SACHET_DB_URL:-}" ] && [ -d "$home/postgresql" ]; then
    bash "$here/local-postgresql.sh" stop "$home/postgresql" "$db_port"
    echo "PostgreSQL stopped."
  fi
}

cmd_status() {
  local i code=0
  if nginx_running; then echo "nginx: running on port $port"; else echo "nginx: not running"; code=3; fi
  for i in "${!names[@]}"; do
    SACHET_HOME=$home/${names[$i]} SACHET_HTTP_PORT=$(instance_port "$i") "$root/sachet" status \
      | sed "s/^/  [${names[$i]}] /" || code=3
  done
  return $code
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: ./sachet cluster start|stop|status" >&2; exit 2 ;;
esac
