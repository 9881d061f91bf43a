#!/usr/bin/env bash
# Fault test for issue 10: hold slow readers and 1,000 idle event streams open, and check
# that a second client still gets health, GET /claims/{id} and POST /claims within 1 s.
#
#   bench/fault-test.sh            (from the repository root or anywhere)
#
# Needs java, python3, curl, createdb/dropdb and PostgreSQL on 127.0.0.1:5432 (user
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
export CLAIMS_ADMIN_KEY=fault-test-admin-key-$$-$(date +%s)

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN=$(date +%s)-$$
DB=fault_test_${RUN//-/_}
WORK=$(mktemp -d)
SERVER_PID=

cleanup() {
	[[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
	dropdb --if-exists --force "$DB" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

say() { echo "fault-test: $*" >&2; }

# a socket per stream on both sides, plus the server's own
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (($(ulimit -n) < STREAMS + 500)); then
	say "ulimit -n is $(ulimit -n); $STREAMS streams need more open files"
	exit 1
fi

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

if [[ -z ${JAR:-} ]]; then
	say "building the jar"
	(cd "$ROOT" && ./mvnw -q -DskipTests package)
	JAR=$(ls "$ROOT"/target/casualty-claims-*.jar | grep -v plain | head -1)
fi
PORT=$(free_port)
createdb "$DB"

say "starting the service on 127.0.0.1:$PORT (database $DB)"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
	SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
	CLAIMS_RATE_LIMIT_WRITES_PER_KEY=1000000000 CLAIMS_RATE_LIMIT_READS_PER_KEY=1000000000 \
	CLAIMS_RATE_LIMIT_READS_PER_ADDRESS=1000000000 CLAIMS_RATE_LIMIT_CACHED_READS_PER_ADDRESS=1000000000 \
	CLAIMS_STREAMS_MAX_PER_ADDRESS=$((STREAMS + 10)) CLAIMS_STREAMS_MAX_TOTAL=$((STREAMS + 10)) \
	java -Xmx512m -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for i in $(seq 1 181); do
	curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
	kill -0 "$SERVER_PID" 2>/dev/null || { tail -50 "$WORK/server.log" >&2; say "server died"; exit 1; }
	((i == 181)) && { say "server did not come up in 180 s"; exit 1; }
	sleep 1
done

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
