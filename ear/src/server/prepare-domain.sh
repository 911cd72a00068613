#!/usr/bin/env bash
# Creates a Payara domain for Sachet once and puts Derby on its class path.
# Used by ./sachet (the user's server) and by the build (the integration-test server).
# Usage: prepare-domain.sh PAYARA_HOME DOMAIN_DIR DOMAIN_NAME PORT_BASE DERBY_JAR_DIR TIKA_CHILD_DIR
set -euo pipefail
payara_home=$1 domain_dir=$2 domain=$3 port_base=$4 derby_dir=$5 tika_dir=$6
asadmin="$payara_home/bin/asadmin"
domain_home="$domain_dir/$domain"

if [ ! -f "$domain_home/config/domain.xml" ]; then
  mkdir -p "$domain_dir"
  "$asadmin" --interactive=false create-domain --nopassword=true --checkports=false \
    --portbase "$port_base" --domaindir "$domain_dir" "$domain" >/dev/null
  # Tika and Lucene need more than the default 512 MB heap; instants are stored as UTC timestamps,
  # so the server's zone must not vary between machines
  sed -i 's|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xmx1g</jvm-options><jvm-options>-Duser.timezone=UTC</jvm-options>|' \
    "$domain_home/config/domain.xml"
fi

# Grizzly leaves sendfile(2) off unless told; published files go out through it (FileDownload, zero copy)
if ! grep -q 'USE_SEND_FILE' "$domain_home/config/domain.xml"; then
  sed -i '0,/<jvm-options>-Xmx/s|<jvm-options>-Xmx|<jvm-options>-Dorg.glassfish.grizzly.http.USE_SEND_FILE=true</jvm-options><jvm-options>-Xmx|' \
    "$domain_home/config/domain.xml"
fi

# Derby's page cache: 1,000 pages (4 MB) by default, too few to keep the reach tallies and the session indexes
# in memory together; 16,000 pages is 64 MB of the 1 GB heap (docs/benchmarks.md, issue 5)
if ! grep -q 'derby.storage.pageCacheSize' "$domain_home/config/domain.xml"; then
  sed -i '0,/<jvm-options>-Xmx/s|<jvm-options>-Xmx|<jvm-options>-Dderby.storage.pageCacheSize=16000</jvm-options><jvm-options>-Xmx|' \
    "$domain_home/config/domain.xml"
fi

# Derby belongs on the server's class path, never in the EAR (a redeploy would find the database booted twice)
mkdir -p "$domain_home/lib"
cp -u "$derby_dir"/derby.jar "$derby_dir"/derbyshared.jar "$derby_dir"/derbytools.jar "$domain_home/lib/"

# The jars of the child JVMs that read uploaded files (Tika parsers): in the domain, outside every class path
# of the server; ExtractionQueue finds them at ${com.sun.aas.instanceRoot}/tika-child
rm -rf "$domain_home/tika-child"
cp -r "$tika_dir" "$domain_home/tika-child"
