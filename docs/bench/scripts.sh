#!/usr/bin/env bash
# Radio scripts benchmark (issue 17), on a demo server of its own (SACHET_HOME, port 8180):
#  1. a new demo database, then two versions of a script of WORDS (6,000, a 40-minute episode) spoken words for
#     the demo serial's episode 3, written with plain JDBC (server stopped; docs/bench/ScriptsBench.java);
#  2. signed in as the demo producer (a browser's session cookie): the whole GET of the episode page showing
#     version 2 (every line), of the comparison of versions 1 and 2 (the changes with three lines around each)
#     and of the whole comparison (every line of both): median and slowest of 20 after 3 warm-ups, curl's
#     time_total on loopback, and the bytes sent compressed as a phone asks for them; then the PDF of the whole
#     of version 2 (Nepali, shaped Devanagari, line numbers) the same way.
# Usage: docs/bench/scripts.sh        (about 4 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
export SACHET_HOME=${SACHET_HOME:-/tmp/sachet-bench-scripts} SACHET_HTTP_PORT=${SACHET_HTTP_PORT:-8180}
export SACHET_ADMIN_PASSWORD=Bench-pass-2083
WORDS=${WORDS:-6000}
BASE=http://localhost:$SACHET_HTTP_PORT
work=$(mktemp -d)
. docs/bench/demo-database.sh

new_demo_database
episode=$(java -cp "$CP" docs/bench/ScriptsBench.java generate "$SACHET_HOME/db" "$WORDS")
./sachet start >/dev/null

jar=$work/cookies
state=$(curl -s -c "$jar" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
  | sed 's/.*value="\([^"]*\)"/\1/' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "signInForm=signInForm" \
  --data-urlencode "signInForm:username=producer" --data-urlencode "signInForm:password=$SACHET_ADMIN_PASSWORD" \
  --data-urlencode "signInForm:signInButton=" --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
for page in "/radio/episode.xhtml?id=$episode&v=2" "/radio/compare.xhtml?id=$episode&from=1&to=2" \
            "/radio/compare.xhtml?id=$episode&from=1&to=2&all=true" "/radio/print/$episode/2.pdf"; do
  url="$BASE$page"
  curl -s -o "$work/page.html" -b "$jar" "$url"
  case $page in
    *.pdf) head -c 5 "$work/page.html" | grep -q '%PDF-' || { echo "no PDF at $page"; exit 1; } ;;
    *) grep -q 'signedInUser' "$work/page.html" || { echo "not signed in at $page"; exit 1; } ;;
  esac
  compressed=$(curl -s -o /dev/null -b "$jar" -H 'Accept-Encoding: gzip' -w '%{size_download}' "$url")
  for i in 1 2 3; do curl -s -o /dev/null -b "$jar" "$url"; done
  times=$(for i in $(seq 1 20); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$url"; done \
    | awk '{print $1 * 1000}')
  echo "GET $page: median $(echo "$times" | median) ms, slowest $(echo "$times" | sort -n | tail -1) ms over 20;" \
    "$(wc -c < "$work/page.html") bytes ($compressed gzip), $(grep -o '<tr' "$work/page.html" | wc -l) table rows"
done
./sachet stop >/dev/null
