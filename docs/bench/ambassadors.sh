#!/usr/bin/env bash
# Ambassadors benchmark (issue 16), on a demo server of its own (SACHET_HOME, port 8180):
#  1. a new demo database, then AMBASSADORS (5,000) youth ambassadors and PLANS (2,000) action plans with a team
#     of 3 and 5 activities each in the demo coordinator's three districts, written with plain JDBC (server
#     stopped; docs/bench/AmbassadorsBench.java);
#  2. signed in as the demo coordinator (a browser's session cookie), the whole GET of the coordinator's home
#     page (overdue activities, plans to approve, consents ending, consents to renew), the action-plan list and
#     the ambassador list: median and slowest of 20 after 3 warm-ups, curl's time_total on loopback.
# Usage: docs/bench/ambassadors.sh        (about 5 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
export SACHET_HOME=${SACHET_HOME:-/tmp/sachet-bench-ambassadors} SACHET_HTTP_PORT=${SACHET_HTTP_PORT:-8180}
export SACHET_ADMIN_PASSWORD=Bench-pass-2083
AMBASSADORS=${AMBASSADORS:-5000}
PLANS=${PLANS:-2000}
BASE=http://localhost:$SACHET_HTTP_PORT
DERBY=$HOME/.m2/repository/org/apache/derby
V=10.16.1.1
CP=$DERBY/derby/$V/derby-$V.jar:$DERBY/derbyshared/$V/derbyshared-$V.jar:$DERBY/derbytools/$V/derbytools-$V.jar
work=$(mktemp -d)

. docs/bench/common.sh   # median

./sachet stop >/dev/null 2>&1 || true
rm -rf "$SACHET_HOME"
./sachet start >/dev/null
# the demo data load after the start: wait for the ambassadors' plans, the last of them
until grep -q 'Loaded demo youth ambassadors' "$SACHET_HOME"/server/*/logs/server.log 2>/dev/null; do sleep 2; done
./sachet stop >/dev/null
java -cp "$CP" docs/bench/AmbassadorsBench.java generate "$SACHET_HOME/db" "$AMBASSADORS" "$PLANS"
./sachet start >/dev/null

jar=$work/cookies
state=$(curl -s -c "$jar" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
  | sed 's/.*value="\([^"]*\)"/\1/' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "signInForm=signInForm" \
  --data-urlencode "signInForm:username=coordinator" --data-urlencode "signInForm:password=$SACHET_ADMIN_PASSWORD" \
  --data-urlencode "signInForm:signInButton=" --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
for page in /index.xhtml /ambassadors/plans.xhtml /ambassadors/index.xhtml; do
  url="$BASE$page"
  curl -s -o "$work/page.html" -b "$jar" "$url"
  grep -q 'signedInUser' "$work/page.html" || { echo "not signed in at $page"; exit 1; }
  for i in 1 2; do curl -s -o /dev/null -b "$jar" "$url"; done
  times=$(for i in $(seq 1 20); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$url"; done \
    | awk '{print $1 * 1000}')
  echo "GET $page: median $(echo "$times" | median) ms, slowest $(echo "$times" | sort -n | tail -1) ms over 20;" \
    "$(wc -c < "$work/page.html") bytes, $(grep -o '<tr' "$work/page.html" | wc -l) table rows"
done
./sachet stop >/dev/null
