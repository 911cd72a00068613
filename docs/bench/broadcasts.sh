#!/usr/bin/env bash
# A station's iCalendar feed benchmark (issue 17), on a demo server of its own (SACHET_HOME, port 8180):
#  1. a new demo database, then a station with a slot every evening for DAYS days (365: a year of daily slots),
#     written with plain JDBC (server stopped; docs/bench/BroadcastsBench.java);
#  2. the demo producer's GET /api/v1/stations/{id}/schedule.ics (Basic authentication, as a phone's calendar
#     subscribes): median and slowest of 20 after 3 warm-ups, curl's time_total on loopback, the events in it and
#     the bytes sent plain and compressed.
# Usage: docs/bench/broadcasts.sh        (about 3 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
export SACHET_HOME=${SACHET_HOME:-/tmp/sachet-bench-broadcasts} SACHET_HTTP_PORT=${SACHET_HTTP_PORT:-8180}
export SACHET_ADMIN_PASSWORD=Bench-pass-2083
DAYS=${DAYS:-365}
BASE=http://localhost:$SACHET_HTTP_PORT
work=$(mktemp -d)
. docs/bench/demo-database.sh

new_demo_database
station=$(java -cp "$CP" docs/bench/BroadcastsBench.java generate "$SACHET_HOME/db" "$DAYS")
./sachet start >/dev/null

url="$BASE/api/v1/stations/$station/schedule.ics"
auth="producer:$SACHET_ADMIN_PASSWORD"
curl -s -f -o "$work/feed.ics" -u "$auth" "$url"
compressed=$(curl -s -o /dev/null -u "$auth" -H 'Accept-Encoding: gzip' -w '%{size_download}' "$url")
for i in 1 2 3; do curl -s -o /dev/null -u "$auth" "$url"; done
times=$(for i in $(seq 1 20); do curl -s -o /dev/null -u "$auth" -w '%{time_total}\n' "$url"; done \
  | awk '{print $1 * 1000}')
echo "GET /api/v1/stations/$station/schedule.ics: median $(echo "$times" | median) ms," \
  "slowest $(echo "$times" | sort -n | tail -1) ms over 20; $(grep -c 'BEGIN:VEVENT' "$work/feed.ics") events," \
  "$(wc -c < "$work/feed.ics") bytes ($compressed gzip)"
./sachet stop >/dev/null
