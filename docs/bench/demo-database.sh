# Shared by the benchmarks that add rows to a demo database with plain JDBC (sourced): Derby's class path, a
# median, and a new demo database left with its server stopped. Expects SACHET_HOME and the working directory at
# the project's root.

DERBY=$HOME/.m2/repository/org/apache/derby
V=10.16.1.1
CP=$DERBY/derby/$V/derby-$V.jar:$DERBY/derbyshared/$V/derbyshared-$V.jar:$DERBY/derbytools/$V/derbytools-$V.jar

. docs/bench/common.sh   # median

# new_demo_database: a new database with the demo data in $SACHET_HOME/db, its server stopped so JDBC may write
new_demo_database() {
  ./sachet stop >/dev/null 2>&1 || true
  rm -rf "$SACHET_HOME"
  ./sachet start >/dev/null
  until grep -q 'Loaded demo youth ambassadors' "$SACHET_HOME"/server/*/logs/server.log 2>/dev/null; do sleep 2; done
  ./sachet stop >/dev/null
}
