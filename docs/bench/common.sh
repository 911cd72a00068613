# Shared by the benchmarks (sourced from the repository's root: . docs/bench/common.sh): the median of numbers, the
# reach dashboard's timings; for the download benchmarks a random 200 MB WAV, the server's heap, and nginx serving a
# file on loopback as the reference (these expect $work, a scratch folder, to be set).

# median: the middle of the numbers read, one a line
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# reach_medians BASE TOKEN [LABEL]: GET /api/v1/reach for fiscal year 2083/84 (the whole dashboard: progress, places
# one level down, months) at programme, province, district and local level: median of 20 after 3 warm-ups
reach_medians() {
  local place url ms i
  for place in COUNTRY PROVINCE:3 DISTRICT:30 LOCAL_LEVEL:337; do
    url="$1/api/v1/reach?period=2083/84&place=$place"
    for i in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $2" "$url"; done
    ms=$(for i in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $2" "$url"; done \
      | awk '{print $1 * 1000}' | median)
    echo "GET /api/v1/reach $place${3:+ $3}: median ${ms} ms over 20"
  done
}

# random_wav FILE: a 200 MB WAV whose samples are random, so nothing compresses it
random_wav() {
  python3 - "$1" <<'PY'
import os, struct, sys
size = 200 * 1024 * 1024
with open(sys.argv[1], "wb") as f:
    f.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
            + b"data" + struct.pack("<I", size))
    for _ in range(size // (1 << 20)):
        f.write(os.urandom(1 << 20))
PY
}

# heap: used heap of the server JVM in MB, after a full GC
heap() {
  local pid; pid=$(pgrep -f 'com.sun.enterprise.glassfish.bootstrap' | head -1)
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print int($(i+1)/1024); exit}}'
}

# serve_reference FILE: nginx (sendfile on, one worker) serves a copy of FILE on 127.0.0.1:18999; sets
# reference_url and reference, or leaves reference_url empty (and reference "cat to /dev/null") without nginx
serve_reference() {
  reference_url=
  reference="cat to /dev/null"
  command -v nginx >/dev/null || return 0
  mkdir -p "$work/www" "$work/logs"
  cp "$1" "$work/www/reference"
  chmod 755 "$work" "$work/www"; chmod 644 "$work/www/reference" # nginx workers run as an unprivileged user
  cat > "$work/nginx.conf" <<CONF
daemon off; worker_processes 1; error_log $work/logs/error.log; pid $work/nginx.pid;
events {} http { access_log off; sendfile on; server { listen 127.0.0.1:18999; root $work/www; } }
CONF
  nginx -c "$work/nginx.conf" -p "$work" & nginx_pid=$!
  sleep 1
  reference_url=http://127.0.0.1:18999/reference
  reference="nginx on loopback"
}
