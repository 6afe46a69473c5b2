#!/bin/bash
# The floor of the fixed stack for a role page at C=1 (BENCHMARKS.md, "Issue 24, the floor of the stack"): rolegraph
# with its embedded database, rolegraph on that database over Bolt, MinimalApp (the least a Spring GraphQL application
# does with rolegraph's statement) and the driver alone sending that statement; each in its own JVM, on the x1
# benchmark database, the same 500 role pages, wrk at C=1, interleaved rounds.
# Needs: ./mvnw -Pbench verify -Dbench.scales=1 run once (the database) and ./mvnw package -DskipTests (the jar).
# Usage: src/test/bench/minimal/compare.sh [rounds] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../../../.."
ROUNDS=${1:-3}; SECONDS_PER_ROUND=${2:-10}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)}
JAR=$(ls target/rolegraph-*.jar | head -1)
WORK=target/bench/minimal; mkdir -p $WORK/classes
PASSWORD=bench-only-password; BOLT=7699
./mvnw -q dependency:build-classpath -Dmdep.outputFile=$WORK/cp.txt -Dmdep.includeScope=runtime
# The minimal application gets Spring Boot, Spring GraphQL and the driver, not rolegraph's security, actuator or database.
MINIMAL_CP=$(tr ':' '\n' < $WORK/cp.txt | grep -vE 'spring-security|spring-boot-security|actuator|spring-data-neo4j|spring-boot-data-neo4j|/neo4j-[a-z-]*2026|/neo4j-2026' | paste -sd:)
"${JAVA%/java}/javac" -d $WORK/classes -cp "$MINIMAL_CP" src/test/bench/minimal/minimal/MinimalApp.java
cp -r src/test/bench/minimal/minimal-resources/minimal $WORK/classes/
awk 'BEGIN { srand(7); for (i = 0; i < 500; i++) printf "{\"query\": \"{ role(id: \\\"role-%d\\\") { name skills { essential skill { name } } tools { tool { name } } } }\"}\n", 2 * int(rand() * 1495) }' > $WORK/role.jsonl
STATEMENT=$("$JAVA" -cp "target/classes:$(cat $WORK/cp.txt)" src/test/bench/minimal/DriverBaseline.java statement)
PIDS=()
trap 'kill ${PIDS[@]} 2>/dev/null' EXIT
VM=("$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
"${VM[@]}" -jar "$JAR" --rolegraph.embedded.temporary=false --rolegraph.embedded.data-dir=target/bench/neo4j-x1.0 \
  --rolegraph.embedded.bolt-port=$BOLT --rolegraph.embedded.password=$PASSWORD --rolegraph.seed.enabled=false --server.port=8099 > $WORK/embedded.log 2>&1 &
PIDS+=($!)
until curl -sf localhost:8099/actuator/health/readiness > /dev/null; do sleep 1; done
REMOTE=(--spring.neo4j.uri=bolt://localhost:$BOLT --spring.neo4j.authentication.username=neo4j --spring.neo4j.authentication.password=$PASSWORD)
"${VM[@]}" -jar "$JAR" "${REMOTE[@]}" --rolegraph.seed.enabled=false --server.port=8097 > $WORK/external.log 2>&1 &
PIDS+=($!)
"${VM[@]}" -Dstatement="$STATEMENT" -cp "$WORK/classes:$MINIMAL_CP" minimal.MinimalApp "${REMOTE[@]}" --server.port=8098 > $WORK/minimal.log 2>&1 &
PIDS+=($!)
until curl -sf localhost:8097/actuator/health/readiness > /dev/null && curl -sf -H 'content-type: application/json' -d '{"query":"{__typename}"}' localhost:8098/graphql > /dev/null; do sleep 1; done
load() { WRK_BODIES=$WORK/${4:-role}.jsonl wrk -t1 -c$2 -d$3s -s src/test/bench/bodies.lua http://localhost:$1/graphql | grep -E 'wrk-result|first-error'; }
echo '{"query": "{ __typename }"}' > $WORK/empty.jsonl
BODY=$(head -1 $WORK/role.jsonl)
echo "answers equal: $(for p in 8099 8097 8098; do curl -s -H 'content-type: application/json' -d "$BODY" localhost:$p/graphql | md5sum; done | sort -u | wc -l | sed 's/^1$/yes/')"
for p in 8099 8097 8098; do load $p 8 60 > /dev/null; done
for round in $(seq 1 "$ROUNDS"); do
  echo "rolegraph, embedded  $(load 8099 1 "$SECONDS_PER_ROUND")"
  echo "rolegraph, over Bolt $(load 8097 1 "$SECONDS_PER_ROUND")"
  echo "minimal Spring app   $(load 8098 1 "$SECONDS_PER_ROUND")"
done
"$JAVA" -cp "target/classes:$(cat $WORK/cp.txt)" src/test/bench/minimal/DriverBaseline.java bolt://localhost:$BOLT $WORK/role.jsonl $PASSWORD $((ROUNDS + 1)) "$SECONDS_PER_ROUND" 2>/dev/null | tail -n "$ROUNDS"
for p in 8099 8097 8098; do echo "empty request, port $p: $(load $p 1 5 empty)"; done
