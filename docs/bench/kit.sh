#!/usr/bin/env bash
# Lesson-kit benchmark (issue 4): a 200 MB kit (a lesson whose material is a 200 MB recording) through
# Sachet's API against nginx serving the same bytes on loopback; the time to the first byte; and 50
# concurrent kit downloads with the server's heap before and after.
# Needs a running Sachet with the demo data (./sachet start on a new data folder) and its admin password:
#   SACHET_PASSWORD=... docs/bench/kit.sh [base-url]
set -euo pipefail
base=${1:-http://localhost:8080}
password=${SACHET_PASSWORD:?set SACHET_PASSWORD to the demo accounts password}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# a 200 MB WAV whose samples are random, so nothing compresses it
python3 - "$work/big.wav" <<'PY'
import os, struct, sys
size = 200 * 1024 * 1024
with open(sys.argv[1], "wb") as f:
    f.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
            + b"data" + struct.pack("<I", size))
    for _ in range(size // (1 << 20)):
        f.write(os.urandom(1 << 20))
PY

echo "uploading and publishing a 200 MB recording..."
created=$(curl -sf -u "editor:$password" -F "file=@$work/big.wav" -F titleEnglish="Benchmark radio lesson" \
  -F titleNepali="बेन्चमार्क रेडियो पाठ" -F summary="200 MB for the kit benchmark" -F type=RADIO_RECORDING \
  -F visibility=TEACHERS -F topics=SAFE_MIGRATION -F audiences=CHILDREN -F languages=ne "$base/api/v1/materials")
material=$(echo "$created" | json 'd["id"]')
version=$(echo "$created" | json 'd["file"]["versionId"]')
until curl -sf -u "editor:$password" "$base/api/v1/materials/$material/versions/latest" | grep -qv '"extraction":"PENDING"'; do sleep 1; done
curl -sf -X POST -u "editor:$password" "$base/api/v1/versions/$version/submit" >/dev/null
curl -sf -X POST -u "reviewer:$password" "$base/api/v1/versions/$version/publish" >/dev/null

echo "revising the current edition with the recording in its first lesson, and publishing it..."
current=$(curl -sf -u "editor:$password" "$base/api/v1/editions" | json '[e["id"] for e in d if e["state"] == "PUBLISHED"][0]')
label="B$(date +%H%M%S)"
draft=$(curl -sf -u "editor:$password" -H 'Content-Type: application/json' -d "{\"label\": \"$label\"}" \
  "$base/api/v1/editions/$current/revisions")
edition=$(echo "$draft" | json 'd["id"]')
lesson=$(echo "$draft" | json 'd["units"][0]["lessons"][0]["id"]')
curl -sf -u "editor:$password" -X PUT -H 'Content-Type: application/json' "$base/api/v1/editions/lessons/$lesson" -d @- >/dev/null <<JSON
{"titleEn": "Listening to a radio drama", "titleNe": "रेडियो नाटक सुनौं", "ageGroup": "10-14", "minutes": 45,
 "objectivesEn": ["Recognise a false job offer"], "objectivesNe": ["झुटो रोजगारी प्रस्ताव चिन्न"],
 "preparationEn": "A speaker for the recording.", "preparationNe": "रेकर्डिङका लागि स्पिकर।",
 "activitiesEn": ["Listen (30 minutes)", "Discuss (15 minutes)"], "activitiesNe": ["सुन्ने (३० मिनेट)", "छलफल (१५ मिनेट)"],
 "keyMessagesEn": ["Ask before you go."], "keyMessagesNe": ["जानुअघि सोध्नुहोस्।"],
 "safeguardingEn": "Let children step out if the story upsets them.", "safeguardingNe": "कथाले दुःखी बनाए बालबालिकालाई बाहिर जान दिनुहोस्।",
 "otherMaterialsEn": [], "otherMaterialsNe": [], "materialIds": [$material]}
JSON
curl -sf -u "editor:$password" -X POST "$base/api/v1/editions/$edition/publish" >/dev/null
kit="$base/api/v1/kits/lesson-$lesson.zip"
size=$(curl -sfI -u "teacher:$password" "$kit" | awk 'tolower($1) == "content-length:" {print $2+0}')
echo "kit lesson-$lesson: $size bytes"

heap() { # used heap of the server JVM in MB, after a full GC
  local pid; pid=$(pgrep -f 'com.sun.enterprise.glassfish.bootstrap' | head -1)
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print int($(i+1)/1024); exit}}'
}

# the first download after publication lays the kit out (prints its lesson plans) and is the slowest
first_byte_cold=$(curl -sf -u "teacher:$password" -o "$work/kit.zip" -w '%{time_starttransfer}' "$kit")
first_byte_warm=$(curl -sf -u "teacher:$password" -o /dev/null -w '%{time_starttransfer}' "$kit")
python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('the kit opens:', len(z.namelist()), 'entries')" "$work/kit.zip"

before=$(heap)
for i in $(seq 50); do curl -sf -u "teacher:$password" -o /dev/null "$kit" & done; wait
after=$(heap)

reference_url=
if command -v nginx >/dev/null; then
  mkdir -p "$work/www" "$work/logs"
  cp "$work/kit.zip" "$work/www/kit.zip"
  chmod 755 "$work" "$work/www"; chmod 644 "$work/www/kit.zip" # nginx workers run as an unprivileged user
  cat > "$work/nginx.conf" <<CONF
daemon off; worker_processes 1; error_log $work/logs/error.log; pid $work/nginx.pid;
events {} http { access_log off; sendfile on; server { listen 127.0.0.1:18999; root $work/www; } }
CONF
  nginx -c "$work/nginx.conf" -p "$work" & nginx_pid=$!
  sleep 1
  reference_url=http://127.0.0.1:18999/kit.zip
  reference="nginx on loopback"
else
  reference="cat to /dev/null"
fi
# loopback figures on a small machine swing from run to run: alternate the two, 15 rounds, medians
app_speeds= ref_speeds=
for run in $(seq 15); do
  app_speeds="$app_speeds $(curl -sf -u "teacher:$password" -o /dev/null -w '%{speed_download}' "$kit")"
  if [ -n "$reference_url" ]; then
    ref_speeds="$ref_speeds $(curl -sf -o /dev/null -w '%{speed_download}' "$reference_url")"
  else
    start=$(date +%s.%N); cat "$work/kit.zip" > /dev/null; end=$(date +%s.%N)
    ref_speeds="$ref_speeds $(python3 -c "print($size / ($end - $start))")"
  fi
done
python3 - "$app_speeds" "$ref_speeds" "$reference" "$before" "$after" "$first_byte_cold" "$first_byte_warm" <<'PY'
import statistics, sys
apps, refs = [float(x) for x in sys.argv[1].split()], [float(x) for x in sys.argv[2].split()]
name, before, after, cold, warm = sys.argv[3], sys.argv[4], sys.argv[5], float(sys.argv[6]), float(sys.argv[7])
app, ref = statistics.median(apps), statistics.median(refs)
print(f"first byte: {cold * 1000:.0f} ms for the first download after publication, {warm * 1000:.0f} ms after (target <= 1 s)")
print(f"Sachet kit API: median {app / 1e6:.0f} MB/s (min {min(apps) / 1e6:.0f}, max {max(apps) / 1e6:.0f})")
print(f"{name}: median {ref / 1e6:.0f} MB/s (min {min(refs) / 1e6:.0f}, max {max(refs) / 1e6:.0f})")
print(f"ratio of medians {app / ref:.2f} (target >= 0.8)")
print(f"server heap used after full GC: {before} MB before, {after} MB after 50 concurrent kit downloads")
PY
