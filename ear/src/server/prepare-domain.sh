#!/usr/bin/env bash
# Creates a Payara domain for Sachet once, puts the database drivers (Derby, PostgreSQL) on its class path and closes every door but HTTP.
# Used by ./sachet (the user's server) and by the build (the integration-test server).
# Usage: prepare-domain.sh PAYARA_HOME DOMAIN_DIR DOMAIN_NAME PORT_BASE JDBC_JAR_DIR TIKA_CHILD_DIR
# Environment: SACHET_HOME (the data folder: Derby's database is SACHET_HOME/db),
#              SACHET_INSTANCE (the server's name among several sharing one database; its web sessions' route),
#              SACHET_BIND (the HTTP listener's address; every interface when unset),
#              SACHET_SERVER_ADMIN_PASSWORD (the admin password of a new domain; generated when unset)
set -euo pipefail
payara_home=$1 domain_dir=$2 domain=$3 port_base=$4 jdbc_dir=$5 tika_dir=$6
asadmin="$payara_home/bin/asadmin"
domain_home="$domain_dir/$domain"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# asadmin's password file for this domain (AS_ADMIN_PASSWORD=...), readable by its owner alone
password_file="$domain_home/config/asadmin-password"

# the domain holds the admin password, keys and logs: nothing in it is for other users of the machine
umask 077

previous=""
if [ -f "$domain_home/config/domain.xml" ] && [ ! -f "$password_file" ]; then
  # a domain made before its admin had a password: it is made anew (the domain holds no data; its logs are kept)
  previous="$domain_dir/.$domain.without-admin-password"
  rm -rf "$previous"
  mv "$domain_home" "$previous"
fi

if [ ! -f "$domain_home/config/domain.xml" ]; then
  mkdir -p "$domain_dir"
  password=${SACHET_SERVER_ADMIN_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)}
  new_password_file=$(mktemp)
  printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$new_password_file"
  "$asadmin" --interactive=false --user admin --passwordfile "$new_password_file" create-domain --checkports=false \
    --portbase "$port_base" --domaindir "$domain_dir" "$domain" >/dev/null
  mv "$new_password_file" "$password_file"
  if [ -n "$previous" ]; then
    cp -r "$previous/logs/." "$domain_home/logs/" 2>/dev/null || true
    rm -rf "$previous"
  fi
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

# Derby finds its database, db, in the data folder (ApplicationStartup's data source names it relative, so that
# SACHET_DB_URL can replace the whole address); written at every start, so a moved data folder is followed
[ -n "${SACHET_HOME:-}" ] || { echo "prepare-domain.sh: SACHET_HOME is not set" >&2; exit 1; }
sed -i 's|<jvm-options>-Dderby.system.home=[^<]*</jvm-options>||' "$domain_home/config/domain.xml"
home_for_sed=$(printf '%s' "$SACHET_HOME" | sed 's/[&|\\]/\\&/g')
sed -i "0,/<jvm-options>-Xmx/s|<jvm-options>-Xmx|<jvm-options>-Dderby.system.home=$home_for_sed</jvm-options><jvm-options>-Xmx|" \
  "$domain_home/config/domain.xml"

# Servers sharing one database behind nginx (./sachet cluster): a web session's id ends in ".<SACHET_INSTANCE>",
# and nginx sends the session's requests to the server it names (its pages' state lives in that server's memory)
sed -i 's|<jvm-options>-DjvmRoute=[^<]*</jvm-options>||' "$domain_home/config/domain.xml"
if [ -n "${SACHET_INSTANCE:-}" ] && [ "$SACHET_INSTANCE" != main ]; then
  [[ $SACHET_INSTANCE =~ ^[a-z0-9][a-z0-9-]{0,31}$ ]] \
    || { echo "prepare-domain.sh: SACHET_INSTANCE must be lower-case letters, digits and dashes" >&2; exit 1; }
  sed -i "0,/<jvm-options>-Xmx/s|<jvm-options>-Xmx|<jvm-options>-DjvmRoute=$SACHET_INSTANCE</jvm-options><jvm-options>-Xmx|" \
    "$domain_home/config/domain.xml"
fi

# Derby writes a failed statement with its parameter values into derby.log for errors from "session" severity
# up (a full disk is one): a watch-list name or a phone number would land there. Only system errors, which
# name no statement, go to derby.log; the application logs the others without values (issue 14)
if ! grep -q 'derby.stream.error.logSeverityLevel' "$domain_home/config/domain.xml"; then
  sed -i '0,/<jvm-options>-Xmx/s|<jvm-options>-Xmx|<jvm-options>-Dderby.stream.error.logSeverityLevel=50000</jvm-options><jvm-options>-Xmx|' \
    "$domain_home/config/domain.xml"
fi

# The server's temporary files in the domain: an archive deployed through the admin API is saved as
# $java.io.tmpdir/<its name> (sachet.ear) until it is deployed, so two servers of the machine sharing /tmp, one
# deploying while the other does, took each other's file ("File source doesn't exist")
mkdir -p "$domain_home/tmp"
if ! grep -q 'java.io.tmpdir' "$domain_home/config/domain.xml"; then
  sed -i "0,/<jvm-options>-Xmx/s|<jvm-options>-Xmx|<jvm-options>-Djava.io.tmpdir=\${com.sun.aas.instanceRoot}/tmp</jvm-options><jvm-options>-Xmx|" \
    "$domain_home/config/domain.xml"
fi

# The drivers belong on the server's class path, never in the EAR (a redeploy would find Derby's database booted
# twice); PostgreSQL's is there for a server configured with SACHET_DB_URL (docs/scale-out.md)
mkdir -p "$domain_home/lib"
cp -u "$jdbc_dir"/derby.jar "$jdbc_dir"/derbyshared.jar "$jdbc_dir"/derbytools.jar "$jdbc_dir"/postgresql.jar \
  "$domain_home/lib/"

# The jars of the child JVMs that read uploaded files (Tika parsers): in the domain, outside every class path
# of the server; ExtractionQueue finds them at ${com.sun.aas.instanceRoot}/tika-child
rm -rf "$domain_home/tika-child"
cp -r "$tika_dir" "$domain_home/tika-child"

# Logs: at most 10 rotated files of 2 MB each, so a flood of requests cannot fill the disk with them; the EJB
# container's warning with a stack trace for every refused call is left out (Sachet logs a denial in one line)
logging="$domain_home/config/logging.properties"
set_logging() {
  if grep -q "^$1=" "$logging"; then sed -i "s|^$1=.*|$1=$2|" "$logging"; else echo "$1=$2" >> "$logging"; fi
}
set_logging com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles 10
set_logging fish.payara.enterprise.server.logging.PayaraNotificationFileHandler.maxHistoryFiles 10
set_logging jakarta.enterprise.ejb.container.level SEVERE

# Only the HTTP listener faces the network: admin and Hazelcast on loopback; HTTPS, JMX, IIOP and JMS off (issue 14)
java "$here/DomainSettings.java" "$domain_home/config/domain.xml" "${SACHET_BIND:-}" "${SACHET_TRUSTED_PROXIES:-}"
