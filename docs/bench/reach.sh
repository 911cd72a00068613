#!/usr/bin/env bash
# Reach benchmark (issue 5), on a server of its own (SACHET_HOME, port 8180) with no demo data:
#  1. 1,000,000 sessions (COUNT) spread over fiscal year 2083/84 in all 753 local levels, written with plain
#     JDBC batches (the reference for the sync API), then the server tallies them at start;
#     beside them the youth ambassadors' work (issue 16): 5,000 ambassadors and 2,000 action plans in three
#     districts (docs/bench/AmbassadorsBench.java) and 20,000 of the sessions carrying out the plans' activities;
#  2. the hand-written SQL aggregate over the sessions, and over the tallies (JDBC, server stopped);
#  3. GET /api/v1/reach (the whole dashboard: progress, places one level down, months) at programme,
#     province, district and local level: median of 20 after 3 warm-ups;
#  4. the sync API, after 10,000 sessions of warm-up: 10,000 new sessions in batches of 100 and of 250 from
#     4 clients (a phone's queue), three rounds each, and 1,000 single sessions from 8 clients;
#  5. 1,000 concurrent sends of one UUID;
#  6. kill -9 during a burst of 6,000 (batches of 100), restart, the client sends all again one by one:
#     every session stored once;
#  7. the plain JDBC insert of 10,000 more sessions into the same database, committed every 100 or 250 rows
#     like the sync API's requests, after 10,000 of warm-up: three rounds.
# Usage: docs/bench/reach.sh        (about 15 minutes on 2 cores)
#        DASHBOARD_ONLY=1 docs/bench/reach.sh   (steps 1-3 only, about 12 minutes)
#        COUNT=10000000 HANDSQL=0 DASHBOARD_ONLY=1 docs/bench/reach.sh   (ten million sessions, no hand SQL: the
#        aggregate over them alone takes minutes a run; about an hour, most of it writing the sessions)
set -euo pipefail
cd "$(dirname "$0")/../.."
export SACHET_HOME=${SACHET_HOME:-/tmp/sachet-bench-reach} SACHET_HTTP_PORT=${SACHET_HTTP_PORT:-8180}
export SACHET_DEMO=false SACHET_ADMIN_PASSWORD=Bench-pass-2083
COUNT=${COUNT:-1000000}
BASE=http://localhost:$SACHET_HTTP_PORT
DERBY=$HOME/.m2/repository/org/apache/derby
V=10.16.1.1
CP=$DERBY/derby/$V/derby-$V.jar:$DERBY/derbyshared/$V/derbyshared-$V.jar:$DERBY/derbytools/$V/derbytools-$V.jar
work=$(mktemp -d)

. docs/bench/common.sh   # median, reach_medians

./sachet stop >/dev/null 2>&1 || true
rm -rf "$SACHET_HOME"
./sachet start >/dev/null && ./sachet stop >/dev/null       # the schema
java -cp "$CP" docs/bench/ReachBench.java generate "$SACHET_HOME/db" "$COUNT" 2026-07-17 2027-07-16
java -cp "$CP" docs/bench/AmbassadorsBench.java generate "$SACHET_HOME/db" 5000 2000
java -cp "$CP" docs/bench/AmbassadorsBench.java link "$SACHET_HOME/db" 20000
[ "${HANDSQL:-1}" = 0 ] || java -cp "$CP" docs/bench/ReachBench.java handsql "$SACHET_HOME/db" 2026-07-17 2027-07-16
started=$SECONDS
./sachet start >/dev/null
echo "first start (tallying the sessions): $((SECONDS - started)) s"
grep -ho 'Tallied [^]]*' "$SACHET_HOME"/server/*/logs/server.log | tail -1
if [ "${HANDSQL:-1}" != 0 ]; then
  ./sachet stop >/dev/null
  java -cp "$CP" docs/bench/ReachBench.java handsql-tally "$SACHET_HOME/db" 208304 208403
  ./sachet start >/dev/null
fi

token=$(curl -s -u "admin:$SACHET_ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{"label":"bench"}' \
  "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
reach_medians "$BASE" "$token"
if [ "${DASHBOARD_ONLY:-}" = 1 ]; then
  ./sachet stop >/dev/null
  rm -rf "$work"
  exit 0
fi

# a server that has run a while: the first 10,000 sessions warm the JIT (the first runs are up to 40% slower)
java docs/bench/SyncBench.java batches "$BASE" "$token" 10000 4 100 "$work/warm.txt" >/dev/null
for round in 1 2 3; do
  java docs/bench/SyncBench.java batches "$BASE" "$token" 10000 4 100 "$work/b100-$round.txt"
  java docs/bench/SyncBench.java batches "$BASE" "$token" 10000 4 250 "$work/b250-$round.txt"
done
java docs/bench/SyncBench.java burst "$BASE" "$token" 1000 8 "$work/single.txt"
java docs/bench/SyncBench.java repeats "$BASE" "$token" 1000

java docs/bench/SyncBench.java batches "$BASE" "$token" 6000 4 100 "$work/killed.txt" & burst=$!
sleep 4
pkill -9 -f "glassfish.*$SACHET_HOME" || pkill -9 -f 'com.sun.enterprise.glassfish.bootstrap'
wait $burst || true
./sachet start >/dev/null
java docs/bench/SyncBench.java retry "$BASE" "$token" "$work/killed.txt" 8
./sachet stop >/dev/null
java -cp "$CP" docs/bench/ReachBench.java uuids "$SACHET_HOME/db" "$work/killed.txt"
# the plain JDBC insert of the same rows in the sync API's conditions: a warm JVM, the table of a million
# sessions, a commit per 100 or 250 (one request's batch)
for round in 1 2 3; do
  for batch in 100 250; do
    java -cp "$CP" docs/bench/ReachBench.java insert "$SACHET_HOME/db" 10000 $batch 2026-07-17 2027-07-16
  done
done
rm -rf "$work"
