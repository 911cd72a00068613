#!/usr/bin/env bash
# Download benchmark (issue 3): a 200 MB published file through Sachet's API vs the same bytes from nginx
# on loopback (or `cat` to /dev/null when nginx is missing), and the server's heap before and after.
# Needs a running Sachet with the demo accounts (./sachet start on a new data folder) and its admin password:
#   SACHET_PASSWORD=... docs/bench/download.sh [base-url]
set -euo pipefail
base=${1:-http://localhost:8080}
password=${SACHET_PASSWORD:?set SACHET_PASSWORD to the demo accounts password}
work=$(mktemp -d)
source "$(dirname "$0")/common.sh"
trap 'rm -rf "$work"; [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true' EXIT

random_wav "$work/big.wav"


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

serve_reference "$work/big.wav"
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
