#!/usr/bin/env bash
# Scale-out benchmarks (issue 19), on PostgreSQL, all on this machine (docs/benchmarks.md):
#  load     a PostgreSQL of the benchmark's own (local-postgresql.sh: $BENCH_HOME/postgresql, port 18395, fsync on);
#           one server (port 8480) makes the schema and the demo data; then COUNT sessions (10,000,000) over
#           fiscal year 2083/84 in all 753 local levels, 5,000 ambassadors and 2,000 plans (plain JDBC: ReachBench,
#           AmbassadorsBench); the tallies are emptied, and the server's next start tallies every session;
#  reach    the reach dashboard at four levels: median of 20 after 3 warm-ups;
#  sync     one server: 200,000 sessions of warm-up, then 3 rounds of 10,000 in arrays of 100 from 4 clients, with
#           the CPU that the server and PostgreSQL spent; then the plain JDBC insert of the same rows, a commit
#           every 100 (ReachBench insert), 3 rounds;
#  cluster  two servers behind nginx on the same database (./sachet cluster): the same sync through nginx (after
#           200,000 sessions of warm-up for each server), with the CPU of both servers, PostgreSQL and nginx;
#           for both, the servers' CPU by thread (docs/bench/thread-cpu.py: requests, garbage collector, JIT);
#  search   150 leaflets uploaded on server a and sent for review; searches on b alone, then on b while a
#           reviewer publishes 60 of them on a, one a second, then the other 90 as fast as a answers.
# Usage: docs/bench/scale-out.sh                 (about 40 minutes on 2 cores)
#        COUNT=1000000 docs/bench/scale-out.sh   (a shorter run)
#        STEPS="cluster search" docs/bench/scale-out.sh   (on the database an earlier run left)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=${BENCH_HOME:-/tmp/sachet-bench-pg}
COUNT=${COUNT:-10000000}
STEPS=${STEPS:-load reach sync cluster search}
db_port=18395
export SACHET_ADMIN_PASSWORD=Bench-pass-2083 SACHET_DB_USER=sachet SACHET_DB_PASSWORD=Bench-db-2083
export SACHET_DB_URL=jdbc:postgresql://127.0.0.1:$db_port/sachet
# one file store for the single server and the cluster's two
export SACHET_FILES=$root/files
one=$root/one
port=8480
BASE=http://localhost:$port
cluster_port=8680
A=http://localhost:$((cluster_port + 100)) B=http://localhost:$((cluster_port + 200))
PG_JAR=.server/jdbc/postgresql.jar
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
clk=$(getconf CLK_TCK)
work=$(mktemp -d)

step() { [[ " $STEPS " == *" $1 "* ]]; }
. docs/bench/common.sh   # median, reach_medians
single() { SACHET_HOME=$one SACHET_HTTP_PORT=$port ./sachet "$@"; }
cluster() { SACHET_CLUSTER_HOME=$root/cluster SACHET_HTTP_PORT=$cluster_port SACHET_DEMO=false ./sachet cluster "$@"; }
sql() { PGPASSWORD=$SACHET_DB_PASSWORD "$pg_bin/psql" -q -h 127.0.0.1 -p $db_port -U sachet -d sachet -c "$1"; }
token() {
  curl -s -u "admin:$SACHET_ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{"label":"bench"}' \
    "$1/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# CPU ticks (user + system) of these processes and of their children that ended
ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13 + $14 + $15}')))
  done
  echo "$total"
}
postgresql_pids() {
  local postmaster
  postmaster=$(head -1 "$root/postgresql/data/postmaster.pid")
  echo "$postmaster" $(pgrep -P "$postmaster")
}
server_pid() { cat "$1/server/sachet/config/pid"; }
nginx_pids() {
  local master
  master=$(cat "$root/cluster/nginx/nginx.pid")
  echo "$master" $(pgrep -P "$master")
}

# sync_rounds NAME URL TOKEN WARM_UP SERVER_PIDS...: WARM_UP sessions, then 3 rounds of 10,000 in arrays of 100 from
# 4 clients; prints sessions/s per round and the CPU spent per 1,000 sessions over the 3 rounds: the Sachet servers,
# PostgreSQL, and nginx when it runs
sync_rounds() {
  local name=$1 url=$2 token=$3 warm=$4 round servers0 servers1 db0 db1 proxy0=0 proxy1=0
  shift 4
  java docs/bench/SyncBench.java batches "$url" "$token" "$warm" 4 100 "$work/warm.txt" >/dev/null
  servers0=$(ticks "$@") db0=$(ticks $(postgresql_pids))
  python3 docs/bench/thread-cpu.py snap "$work/threads0.json" "$@"
  [ -f "$root/cluster/nginx/nginx.pid" ] && [[ $url == *:$cluster_port ]] && proxy0=$(ticks $(nginx_pids))
  for round in 1 2 3; do
    java docs/bench/SyncBench.java batches "$url" "$token" 10000 4 100 "$work/$name-$round.txt"
  done
  servers1=$(ticks "$@") db1=$(ticks $(postgresql_pids))
  python3 docs/bench/thread-cpu.py snap "$work/threads1.json" "$@"
  [ -f "$root/cluster/nginx/nginx.pid" ] && [[ $url == *:$cluster_port ]] && proxy1=$(ticks $(nginx_pids))
  awk -v name="$name" -v s=$((servers1 - servers0)) -v d=$((db1 - db0)) -v p=$((proxy1 - proxy0)) -v clk="$clk" 'BEGIN {
    printf "%s: CPU per 1,000 sessions over 30,000: %.3f s (Sachet %.3f s, PostgreSQL %.3f s, nginx %.3f s)\n",
      name, (s + d + p) / clk / 30, s / clk / 30, d / clk / 30, p / clk / 30 }'
  echo "  the Sachet servers' threads, CPU per 1,000 sessions:"
  python3 docs/bench/thread-cpu.py diff "$work/threads0.json" "$work/threads1.json" 30000
}

if step load; then
  single stop >/dev/null 2>&1 || true
  cluster stop >/dev/null 2>&1 || true
  bash ear/src/server/local-postgresql.sh stop "$root/postgresql" $db_port 2>/dev/null || true
  rm -rf "$root"
  mkdir -p "$root"
  chmod 711 "$root"   # PostgreSQL runs as its own user when this runs as root
  bash ear/src/server/local-postgresql.sh start "$root/postgresql" $db_port
  SACHET_DEMO=true single start >/dev/null
  single stop >/dev/null
  java -cp "$PG_JAR" docs/bench/ReachBench.java generate "$SACHET_DB_URL?reWriteBatchedInserts=true" "$COUNT" \
    2026-07-17 2027-07-16
  java -cp "$PG_JAR" docs/bench/AmbassadorsBench.java generate "$SACHET_DB_URL" 5000 2000
  java -cp "$PG_JAR" docs/bench/AmbassadorsBench.java link "$SACHET_DB_URL" 20000
  # the demo's sessions were tallied as they were stored; without tallies the server tallies every session
  sql "DELETE FROM SESSION_TALLY; DELETE FROM PARENTS_GROUP_MONTH; DELETE FROM LISTENING_GROUP_MONTH;
       DELETE FROM LED_SESSION_MONTH;"
  PGOPTIONS='-c client_min_messages=error' sql "VACUUM ANALYZE;"   # the shared catalogues are the superuser's
  started=$SECONDS
  single start >/dev/null
  echo "first start on $COUNT sessions (tallying them): $((SECONDS - started)) s"
  grep -ho 'Tallied [^]]*' "$one"/server/*/logs/server.log | tail -1
  sql "SELECT pg_size_pretty(pg_database_size('sachet')) AS database_size;" | sed -n 3p
fi

step load || bash ear/src/server/local-postgresql.sh start "$root/postgresql" $db_port

if step reach; then
  single start >/dev/null
  token=$(token "$BASE")
  reach_medians "$BASE" "$token" "on PostgreSQL"
fi

if step sync; then
  single start >/dev/null
  token=$(token "$BASE")
  # a server's JIT compilers are still busy after 100,000 sessions: half the server's CPU of a round after 20,000
  # went to them, and a second server compiles everything again; the rounds measure a server that has warmed up
  sync_rounds "one server" "$BASE" "$token" 200000 "$(server_pid "$one")"
  for round in 1 2 3; do
    java -cp "$PG_JAR" docs/bench/ReachBench.java insert "$SACHET_DB_URL" 10000 100 2026-07-17 2027-07-16
  done
fi

if step cluster; then
  single stop >/dev/null
  cluster start >/dev/null
  token=$(token "http://localhost:$cluster_port")
  # 200,000 sessions of warm-up for each server, as for the one server
  sync_rounds "two servers behind nginx" "http://localhost:$cluster_port" "$token" 400000 \
    "$(server_pid "$root/cluster/a")" "$(server_pid "$root/cluster/b")"
fi

if step search; then
  cluster start >/dev/null
  java docs/bench/ClusterBench.java drafts "$A" editor "$SACHET_ADMIN_PASSWORD" 150 "$work/drafts.txt"
  java docs/bench/ClusterBench.java search "$B" 2000
  # 60 at one a second (a busy reviewer publishes a few an hour), then the other 90 as fast as a answers
  java docs/bench/ClusterBench.java search-while-publishing "$B" "$A" reviewer "$SACHET_ADMIN_PASSWORD" "$work/drafts.txt" 60 1
  java docs/bench/ClusterBench.java search-while-publishing "$B" "$A" reviewer "$SACHET_ADMIN_PASSWORD" "$work/drafts.txt"
fi

cluster stop >/dev/null 2>&1 || true
single stop >/dev/null 2>&1 || true
bash ear/src/server/local-postgresql.sh stop "$root/postgresql" $db_port
rm -rf "$work"
