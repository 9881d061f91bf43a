#!/usr/bin/env bash
# Fault test for issue 10: hold slow readers and 1,000 idle event streams open, and check
# that a second client still gets health, GET /claims/{id} and POST /claims within 1 s.
#
#   bench/fault-test.sh            (from the repository root or anywhere)
#
# Needs java, python3, curl, psql and PostgreSQL on 127.0.0.1:5432 (user
# postgres; PGPASSWORD defaults to postgres). Bounded: seeding SEED claims, then PROBE_SECONDS
# of probes; every client has a time limit. The server listens on 127.0.0.1 only, on a free
# port, against a throwaway database. All streams come from 127.0.0.1, so the per-address
# stream cap is raised for the run (CLAIMS_STREAMS_MAX_PER_ADDRESS).
set -euo pipefail

STREAMS=${STREAMS:-1000}
SLOW_READERS=${SLOW_READERS:-10}
PROBE_SECONDS=${PROBE_SECONDS:-30}
SEED=${SEED:-1000}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGPASSWORD=${PGPASSWORD:-postgres}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
SAY_AS=fault-test
new_admin_key fault-test

RUN=$(date +%s)-$$
DB=fault_test_${RUN//-/_}
WORK=$(mktemp -d)
LOG=$WORK/server.log
# always the java on the PATH, whatever JAVA and JVM_OPTS say for the benchmarks
JAVA=java JVM_OPTS=-Xmx512m

cleanup() {
	stop_service
	drop_database
	rm -rf "$WORK"
}
on_exit cleanup

# a socket per stream on both sides, plus the server's own
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (($(ulimit -n) < STREAMS + 500)); then
	say "ulimit -n is $(ulimit -n); $STREAMS streams need more open files"
	exit 1
fi

if [[ -z ${JAR:-} ]]; then
	say "building the jar"
	build_jar
fi
PORT=$(free_port)
create_database
export_service_environment
export CLAIMS_STREAMS_MAX_PER_ADDRESS=$((STREAMS + 10)) CLAIMS_STREAMS_MAX_TOTAL=$((STREAMS + 10))

say "starting the service on 127.0.0.1:$PORT (database $DB)"
start_service

say "seeding $SEED claims"
CLAIM_ID=$(timeout 600 python3 "$ROOT/bench/fault-client.py" seed "$PORT" "$SEED")

say "opening $STREAMS idle streams and 2 x $SLOW_READERS slow readers, probing for $PROBE_SECONDS s"
RESULT=0
timeout $((PROBE_SECONDS + 180)) python3 "$ROOT/bench/fault-client.py" fault "$PORT" "$CLAIM_ID" "$STREAMS" \
	"$SLOW_READERS" "$PROBE_SECONDS" || RESULT=$?
if grep -q ' ERROR ' "$WORK/server.log"; then
	say "errors in the server log:"
	grep ' ERROR ' "$WORK/server.log" | head -5 >&2
fi
exit $RESULT
