#!/usr/bin/env bash
# Heavy questions against light ones, with wrk (Debian: apt-get install wrk) as a load generator outside the JVM:
# a role page's latency alone, then while 8 clients send the heaviest request the limits allow, first clients that
# wait a TOO_BUSY answer's hint, then clients that ask again at once. The empty request's figures are the floor of
# wrk and the server together. Usage: heavy-load.sh URL [SECONDS]; the server should hold the x1 graph
# (./mvnw -Pbench verify -Dbench.scales=1 -Dbench.only=none loads it into target/bench/neo4j-x1.0).
set -euo pipefail
url=${1:?usage: heavy-load.sh URL [SECONDS]}
seconds=${2:-10}
here=$(dirname "$0")
latency() { grep -E "^ +50%|^ +99%|Requests/sec" | tr -s ' ' | tr '\n' ' '; echo; }
wrk -t1 -c1 -d5s -s "$here/page.lua" "$url" > /dev/null
for i in 1 2; do wrk -t8 -c8 -d5s -s "$here/heavy.lua" "$url" > /dev/null; done
echo "empty request alone:  $(wrk -t1 -c1 -d"${seconds}s" --latency -s "$here/empty.lua" "$url" | latency)"
echo "role page alone:      $(wrk -t1 -c1 -d"${seconds}s" --latency -s "$here/page.lua" "$url" | latency)"
for mode in waits floods; do
  HEAVY_MODE=$mode wrk -t8 -c8 -d"$((seconds + 4))s" -s "$here/heavy.lua" "$url" > /tmp/heavy-$mode.txt &
  sleep 2
  echo "role page, $mode: $(wrk -t1 -c1 -d"${seconds}s" --latency -s "$here/page.lua" "$url" | latency)"
  wait
  grep "heavy clients" /tmp/heavy-$mode.txt
done
