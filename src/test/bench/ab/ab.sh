#!/bin/bash
# A/B of two builds on one machine at one time: src/test/bench/ab/ab.sh OLD.jar NEW.jar
# Each jar runs on its own seeded embedded database; wrk POSTs the Social Media Officer's role page (skills and
# tools) to each in turn, 8 s per figure, C=1 and C=8, two rounds (read the second; the first warms up).
set -euo pipefail
cd "$(dirname "$0")/../../../.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)}
SCRIPT=src/test/bench/ab/role-page.lua
start() {
  "$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar "$1" --server.port="$2" \
    --rolegraph.embedded.temporary=true --rolegraph.embedded.bolt-port=0 > "target/ab-$2.log" 2>&1 &
}
start "$1" 8091
sleep 50
start "$2" 8092
trap 'pkill -f "server.port=8091" || true; pkill -f "server.port=8092" || true' EXIT
for port in 8091 8092; do
  for i in $(seq 1 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")" = "200" ] && break
    sleep 2
  done
done
for port in 8091 8092; do wrk -t2 -c8 -d8s -s "$SCRIPT" "http://localhost:$port/graphql" > /dev/null; done
for round in 1 2; do
  for port in 8091 8092; do
    for c in 1 8; do
      result=$(wrk -t"$([ "$c" = 1 ] && echo 1 || echo 2)" -c"$c" -d8s --latency -s "$SCRIPT" "http://localhost:$port/graphql")
      echo "round $round $([ $port = 8091 ] && echo old || echo new) C=$c $(echo "$result" | grep Requests/sec)" \
        "p50 $(echo "$result" | grep ' 50%' | awk '{print $2}') non-2xx $(echo "$result" | grep -c Non-2xx || true)"
    done
  done
done
