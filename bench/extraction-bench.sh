#!/usr/bin/env bash
# Times claim extraction of a 20,000-character article in one JVM (no server, no
# database). Bounded by RUNS, WARMUP and MAX_SECONDS. Run from the repository root:
#   bench/extraction-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q compile
CP_FILE=target/extraction-bench.classpath
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
exec java -Xmx256m -cp "target/classes:$(cat "$CP_FILE")" bench/ExtractionBench.java
