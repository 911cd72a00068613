#!/usr/bin/env bash
# Disk full (issue 14): a second Sachet on a small tmpfs as its data folder, with the demo data.
#  1. the disk is filled to just under the reserve (SACHET_MIN_FREE): a synced batch is refused with 507 and the
#     reason, /health says DOWN, reading goes on; freed, the same batch is stored (201s) and /health is UP;
#  2. restarted with a reserve of 1 byte, the disk is filled to 300 KB and a 500-session batch sent, so that Derby
#     runs out of space mid-write; freed, a batch is stored again without a restart.
# Needs root (mount). Usage: docs/reliability/disk-full.sh [folder]   (prints what it sees; exits non-zero on a failure)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${1:-/tmp/sachet-disk-full}
PORT=9180
URL=http://localhost:$PORT
PASSWORD=Disk-full-2083
mkdir -p "$DIR"
mountpoint -q "$DIR" || mount -t tmpfs -o size=1600m,mode=0700 tmpfs "$DIR"
export SACHET_HOME=$DIR SACHET_HTTP_PORT=$PORT SACHET_DEMO=true SACHET_ADMIN_PASSWORD=$PASSWORD

free_bytes() { df -B1 --output=avail "$DIR" | tail -1 | tr -d ' '; }
fill_to() { # leaves about $1 bytes free
  rm -f "$DIR/filler"
  local now; now=$(free_bytes)
  if [ "$now" -gt "$1" ]; then fallocate -l $((now - $1)) "$DIR/filler"; fi
}
batch() { # $1 sessions in one request, as the field page sends them; prints the HTTP status and the first answer
  local n=$1 body="[" i
  for i in $(seq 1 "$n"); do
    body+="{\"uuid\":\"$(cat /proc/sys/kernel/random/uuid)\",\"date\":\"2026-11-20\",\"venueCode\":\"$VENUE\","
    body+="\"kind\":\"SBCC_SESSION\",\"participants\":{\"girlsUnder18\":3},\"notes\":\"disk full test\"}"
    [ "$i" -lt "$n" ] && body+=","
  done
  body+="]"
  curl -s -o /tmp/disk-full-answer.json -w '%{http_code}' -u "facilitator:$PASSWORD" -H 'Content-Type: application/json' \
    -H 'Accept-Language: en' --data-binary "$body" "$URL/api/v1/sessions"
  echo " $(head -c 200 /tmp/disk-full-answer.json)"
}
health() { curl -s "$URL/health" | head -c 300; echo; }
check() { if [[ "$1" != $2* ]]; then echo "FAILED: expected $2, got: $1"; exit 1; fi; echo "ok: $1"; }

"$ROOT/sachet" start >/dev/null
VENUE=""
for _ in $(seq 1 150); do # the demo's venues are loaded in the background after the first start
  VENUE=$(curl -s -u "facilitator:$PASSWORD" "$URL/api/v1/venues" | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4 || true)
  [ -n "$VENUE" ] && break
  sleep 2
done
echo "started; free: $(free_bytes) bytes; sessions go to venue $VENUE"

echo "== 1. below the reserve (512 MB by default)"
fill_to $((500 * 1024 * 1024))
check "$(batch 100)" "507"
health
check "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/v1/materials?q=migration")" "200"
rm -f "$DIR/filler"
check "$(batch 100)" "200"
check "$(grep -o '"status":201' /tmp/disk-full-answer.json | wc -l) stored" "100 stored"
health

echo "== 2. the disk really full (reserve 1 byte), Derby out of space mid-write"
"$ROOT/sachet" stop >/dev/null
SACHET_MIN_FREE=1 "$ROOT/sachet" start >/dev/null
fill_to 300000 # above the batch's size, so the gate lets it in; far below what Derby writes for it
echo "nearly full: $(free_bytes) bytes free; a batch of 500: $(batch 500)"
fill_to 0
echo "full: $(free_bytes) bytes free; /health: $(health)"
health
rm -f "$DIR/filler"
sleep 3
# as a phone does: a refused batch (507, or 503 while the database boots again) is sent again a little later
for attempt in 1 2 3 4 5; do
  answer=$(batch 100)
  echo "after freeing, attempt $attempt: ${answer:0:120}"
  [[ "$answer" == 200* ]] && break
  sleep 6
done
check "$answer" "200"
check "$(grep -o '"status":201' /tmp/disk-full-answer.json | wc -l) stored" "100 stored"
health
"$ROOT/sachet" stop >/dev/null
echo "done; umount $DIR to clean up"
