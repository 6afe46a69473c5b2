#!/usr/bin/env bash
# The imported graph under load, with wrk (Debian: apt-get install wrk) as a load generator outside the JVM: the
# empty request's figures (the ceiling of wrk and the server together), then careerPaths within 4 moves between
# occupations of one family and similarRoles, each at C=8 after a warm-up. Usage: imported-load.sh URL [SECONDS];
# the server should hold the imported x1 graph (./mvnw -Pbench verify -Dbench.scales=1 -Dbench.only=imported
# leaves it in target/bench/imported-db-x1.0) and answer readiness (it has warmed up).
set -euo pipefail
url=${1:?usage: imported-load.sh URL [SECONDS]}
seconds=${2:-10}
here=$(dirname "$0")
latency() { grep -E "^ +50%|^ +99%|Requests/sec|an error" | tr -s ' ' | tr '\n' ' '; echo; }
for question in paths similar; do IMPORTED_QUESTION=$question wrk -t2 -c8 -d5s -s "$here/imported.lua" "$url" > /dev/null; done
echo "empty request, C=1:         $(wrk -t1 -c1 -d"${seconds}s" --latency -s "$here/empty.lua" "$url" | latency)"
echo "empty request, C=8:         $(wrk -t2 -c8 -d"${seconds}s" --latency -s "$here/empty.lua" "$url" | latency)"
echo "careerPaths (family), C=8:  $(IMPORTED_QUESTION=paths wrk -t2 -c8 -d"${seconds}s" --latency -s "$here/imported.lua" "$url" | latency)"
echo "similarRoles, C=8:          $(IMPORTED_QUESTION=similar wrk -t2 -c8 -d"${seconds}s" --latency -s "$here/imported.lua" "$url" | latency)"
