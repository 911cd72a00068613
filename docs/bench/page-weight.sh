#!/usr/bin/env bash
# Page weight on a rural mobile link (issue 18), on a demo server of its own (SACHET_HOME, port 8180): Debian's
# Chromium as a 360 px phone on 400 kbit/s with 300 ms round trips and an empty cache signs in as the demo
# teacher and opens the pages a teacher uses; each line prints the bytes received and the load time
# (docs/bench/PageWeightBench.java). Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver).
# Usage: docs/bench/page-weight.sh        (about 3 minutes on 2 cores, most of it the first start)
set -euo pipefail
cd "$(dirname "$0")/../.."
export SACHET_HOME=${SACHET_HOME:-/tmp/sachet-bench-pages} SACHET_HTTP_PORT=${SACHET_HTTP_PORT:-8180}
export SACHET_ADMIN_PASSWORD=Bench-pass-2083
work=$(mktemp -d)
./mvnw -q -o -B -pl ear dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
./sachet start >/dev/null
until grep -q 'Loaded demo youth ambassadors' "$SACHET_HOME"/server/*/logs/server.log 2>/dev/null; do sleep 2; done
java -cp "$(cat "$work/cp.txt")" docs/bench/PageWeightBench.java "http://localhost:$SACHET_HTTP_PORT" teacher \
  "$SACHET_ADMIN_PASSWORD" 2>/dev/null
./sachet stop >/dev/null
