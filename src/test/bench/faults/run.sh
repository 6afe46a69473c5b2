#!/bin/bash
# The database killed under load: ./src/test/bench/faults/run.sh [outages]  (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../../.."
OUTAGES=${1:-10}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)}
JAR=$(ls target/rolegraph-*.jar | grep -v original | head -1)
WORK=$(mktemp -d)
env -u JAVA_HOME ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" > /dev/null
"$JAVA" -cp "$(cat "$WORK/cp.txt")" src/test/bench/faults/FaultRun.java "$JAVA" "$JAR" "$WORK" "$OUTAGES"
echo "logs in $WORK"
