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
source "$(dirname "$0")/common.sh"
trap 'rm -rf "$work"; [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

random_wav "$work/big.wav"

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

# the teacher's page links the kit at /kit/{id}.zip with their web session: sign in as the login page does
curl -sf -c "$work/jar" "$base/login.xhtml" > "$work/login.html"
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -b "$work/jar" -c "$work/jar" -o /dev/null --data-urlencode signInForm=signInForm \
  --data-urlencode "signInForm:username=teacher" --data-urlencode "signInForm:password=$password" \
  --data-urlencode "signInForm:signInButton=" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
page_kit="$base/kit/lesson-$lesson.zip"


# the first download after publication lays the kit out (prints its lesson plans) and is the slowest
first_byte_cold=$(curl -sf -u "teacher:$password" -o "$work/kit.zip" -w '%{time_starttransfer}' "$kit")
first_byte_warm=$(curl -sf -u "teacher:$password" -o /dev/null -w '%{time_starttransfer}' "$kit")
python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('the kit opens:', len(z.namelist()), 'entries')" "$work/kit.zip"

before=$(heap)
for i in $(seq 50); do
  curl -sf -b "$work/jar" -o /dev/null -w '%{http_code} %{size_download}\n' "$page_kit" >> "$work/concurrent" &
done; wait
after=$(heap)
complete=$(grep -c "^200 $size\$" "$work/concurrent" || true)

serve_reference "$work/kit.zip"
# loopback figures on a small machine swing from run to run: alternate, 15 rounds, medians. The page link
# (web session) is what teachers use; the API checks the caller's password on every request (PBKDF2, tens
# of ms by design), so its figure is also given for the body alone (after the first byte).
app_runs= api_runs= ref_runs=
timing='%{size_download} %{time_starttransfer} %{time_total}'
for run in $(seq 15); do
  app_runs="$app_runs $(curl -sf -b "$work/jar" -o /dev/null -w "$timing" "$page_kit" | tr ' ' ,)"
  api_runs="$api_runs $(curl -sf -u "teacher:$password" -o /dev/null -w "$timing" "$kit" | tr ' ' ,)"
  if [ -n "$reference_url" ]; then
    ref_runs="$ref_runs $(curl -sf -o /dev/null -w "$timing" "$reference_url" | tr ' ' ,)"
  else
    start=$(date +%s.%N); cat "$work/kit.zip" > /dev/null; end=$(date +%s.%N)
    ref_runs="$ref_runs $size,0,$(python3 -c "print($end - $start)")"
  fi
done
python3 - "$app_runs" "$api_runs" "$ref_runs" "$reference" "$before" "$after" "$first_byte_cold" "$first_byte_warm" "$complete" <<'PY'
import statistics, sys
def runs(text):
    return [tuple(float(v) for v in run.split(",")) for run in text.split()]
pages, apis, refs = runs(sys.argv[1]), runs(sys.argv[2]), runs(sys.argv[3])
name, before, after, cold, warm = sys.argv[4], sys.argv[5], sys.argv[6], float(sys.argv[7]), float(sys.argv[8])
whole = lambda rs: [size / total for size, first, total in rs]
body = lambda rs: [size / (total - first) for size, first, total in rs]
print(f"API first byte: {cold * 1000:.0f} ms for the first download after publication, {warm * 1000:.0f} ms after (target <= 1 s)")
print(f"page link first byte: median {statistics.median(first for _, first, _ in pages) * 1000:.0f} ms")
for label, rs, speed in (("page link (session), whole request", pages, whole), ("API (password), whole request", apis, whole),
                         ("API (password), body after the first byte", apis, body)):
    app, ref = statistics.median(speed(rs)), statistics.median(speed(refs))
    print(f"{label}: Sachet median {app / 1e6:.0f} MB/s, {name} median {ref / 1e6:.0f} MB/s, "
          f"ratio of medians {app / ref:.2f} (target >= 0.8)")
print(f"server heap used after full GC: {before} MB before, {after} MB after 50 concurrent kit downloads "
      f"({sys.argv[9]} of 50 complete)")
PY
