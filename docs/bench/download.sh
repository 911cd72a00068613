#!/usr/bin/env bash
# Download benchmark (issue 3): a 200 MB published file through Sachet's API vs the same bytes from nginx
# on loopback (or `cat` to /dev/null when nginx is missing), and the server's heap before and after.
# Needs a running Sachet with the demo accounts (./sachet start on a new data folder) and its admin password:
#   SACHET_PASSWORD=... docs/bench/download.sh [base-url]
set -euo pipefail
base=${1:-http://localhost:8080}
password=${SACHET_PASSWORD:?set SACHET_PASSWORD to the demo accounts password}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true' EXIT

# a 200 MB WAV (allowed type; the header is read, the rest is random so nothing compresses it)
python3 - "$work/big.wav" <<'PY'
import os, struct, sys
size = 200 * 1024 * 1024
with open(sys.argv[1], "wb") as f:
    f.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
            + b"data" + struct.pack("<I", size))
    for _ in range(size // (1 << 20)):
        f.write(os.urandom(1 << 20))
PY

heap() { # used heap of the server JVM in MB, after a full GC
  local pid; pid=$(pgrep -f 'com.sun.enterprise.glassfish.bootstrap' | head -1)
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print int($(i+1)/1024); exit}}'
}

echo "uploading 200 MB..."
created=$(curl -sf -u "editor:$password" -F "file=@$work/big.wav" -F titleEnglish="Benchmark recording" \
  -F titleNepali="बेन्चमार्क रेकर्डिङ" -F summary="200 MB for the download benchmark" -F type=RADIO_RECORDING \
  -F visibility=PUBLIC -F topics=SAFE_MIGRATION -F audiences=COMMUNITY -F languages=ne "$base/api/v1/materials")
id=$(echo "$created" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
version=$(echo "$created" | python3 -c 'import json,sys; print(json.load(sys.stdin)["file"]["versionId"])')
until curl -sf -u "editor:$password" "$base/api/v1/materials/$id/versions/latest" | grep -qv '"extraction":"PENDING"'; do sleep 1; done
curl -sf -X POST -u "editor:$password" "$base/api/v1/versions/$version/submit" >/dev/null
curl -sf -X POST -u "reviewer:$password" "$base/api/v1/versions/$version/publish" >/dev/null

before=$(heap)
# 8 downloads at once: the heap must not hold files
for i in 1 2 3 4 5 6 7 8; do curl -s -o /dev/null "$base/api/v1/materials/$id/file" & done; wait
after=$(heap)

reference_url=
if command -v nginx >/dev/null; then
  mkdir -p "$work/www" "$work/logs"
  cp "$work/big.wav" "$work/www/big.wav"
  chmod 755 "$work" "$work/www"; chmod 644 "$work/www/big.wav" # nginx workers run as an unprivileged user
  cat > "$work/nginx.conf" <<CONF
daemon off; worker_processes 1; error_log $work/logs/error.log; pid $work/nginx.pid;
events {} http { access_log off; sendfile on; server { listen 127.0.0.1:18999; root $work/www; } }
CONF
  nginx -c "$work/nginx.conf" -p "$work" & nginx_pid=$!
  sleep 1
  reference_url=http://127.0.0.1:18999/big.wav
  reference="nginx on loopback"
else
  reference="cat to /dev/null"
fi
# loopback figures on a small machine swing by ±40 % from run to run: alternate the two, 15 rounds, medians
app_speeds= ref_speeds=
for run in $(seq 15); do
  app_speeds="$app_speeds $(curl -sf -o /dev/null -w '%{speed_download}' "$base/api/v1/materials/$id/file")"
  if [ -n "$reference_url" ]; then
    ref_speeds="$ref_speeds $(curl -sf -o /dev/null -w '%{speed_download}' "$reference_url")"
  else
    start=$(date +%s.%N); cat "$work/big.wav" > /dev/null; end=$(date +%s.%N)
    ref_speeds="$ref_speeds $(python3 -c "print($((200 * 1024 * 1024)) / ($end - $start))")"
  fi
done
python3 - "$app_speeds" "$ref_speeds" "$reference" "$before" "$after" <<'PY'
import statistics, sys
apps, refs = [float(x) for x in sys.argv[1].split()], [float(x) for x in sys.argv[2].split()]
name, before, after = sys.argv[3], sys.argv[4], sys.argv[5]
app, ref = statistics.median(apps), statistics.median(refs)
print(f"Sachet API: median {app / 1e6:.0f} MB/s (min {min(apps) / 1e6:.0f}, max {max(apps) / 1e6:.0f})")
print(f"{name}: median {ref / 1e6:.0f} MB/s (min {min(refs) / 1e6:.0f}, max {max(refs) / 1e6:.0f})")
print(f"ratio of medians {app / ref:.2f} (target >= 0.8)")
print(f"server heap used after full GC: {before} MB before, {after} MB after 8 parallel downloads of 200 MB")
PY
