#!/usr/bin/env bash
# The whole benchmark in one command, bounded in time:
#   bench/bench.sh [claims]            e.g. bench/bench.sh 1000000
# creates a throwaway database, lets the service migrate it, seeds [claims] claims
# (default 1000) in claims/50 series, starts the jar on 127.0.0.1, waits for health,
# issues an analyst key, runs bench/run.sh (service next to nginx and pgbench), prints
# the table, stops the service and drops the database, also when interrupted.
#
# Environment: JAVA (default: Temurin 25 when installed, else java on the PATH),
# JVM_OPTS (default below), PORT (18080), DURATION and the rest of run.sh's
# variables, KEEP_DB=1 to keep the database, JAR (default: build target/*.jar if missing),
# AOT=0 to run the jar as is instead of extracted with an AOT cache (JDK 25+: the first
# start, which migrates the database, is the training run that records the cache).
set -euo pipefail

claims=${1:-1000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
PORT=${PORT:-18080}
DB=bench_claims_$$
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
ADMIN_KEY="bench-admin-key-$(date +%s)-$$"
if [ -z "${JAVA:-}" ]; then
	if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; else JAVA=java; fi
fi
JVM_OPTS=${JVM_OPTS:--Xms200m -Xmx200m -XX:+UseParallelGC -Xss512k}
LOG=$(mktemp /tmp/bench-service.XXXXXX.log)
APP_DIR=$(mktemp -d /tmp/bench-app.XXXXXX)
SERVICE_PID=""

stop_service() {
	if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
		kill "$SERVICE_PID"
		for _ in $(seq 1 50); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.2; done
		kill -9 "$SERVICE_PID" 2>/dev/null || true
	fi
	SERVICE_PID=""
}
cleanup() {
	stop_service
	if [ -z "${KEEP_DB:-}" ]; then psql -X -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true; fi
	rm -rf "$APP_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE

if [ -z "${JAR:-}" ]; then
	JAR=$(ls "$ROOT"/target/casualty-claims-*.jar 2>/dev/null | grep -v plain | head -n1 || true)
	if [ -z "$JAR" ]; then
		(cd "$ROOT" && ./mvnw -B -q package -DskipTests)
		JAR=$(ls "$ROOT"/target/casualty-claims-*.jar | grep -v plain | head -n1)
	fi
fi

# the extracted jar starts faster than the nested one, and with an AOT cache faster still
AOT=${AOT:-$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput && echo 1 || echo 0)}
RUN_JAR=$JAR
if [ "$AOT" = 1 ]; then
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR/app" >/dev/null
	RUN_JAR=$(ls "$APP_DIR"/app/*.jar | head -n1)
fi
# for the service only; run.sh and the tools ignore them
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	CLAIMS_ADMIN_KEY="$ADMIN_KEY" SERVER_PORT="$PORT"
# the load comes from one address and one key: limits far above what it can send, so
# the figures measure the service, not its rate limits
export CLAIMS_RATE_LIMIT_WRITES_PER_KEY=1000000000 CLAIMS_RATE_LIMIT_READS_PER_KEY=1000000000 \
	CLAIMS_RATE_LIMIT_READS_PER_ADDRESS=1000000000 CLAIMS_RATE_LIMIT_CACHED_READS_PER_ADDRESS=1000000000

# start_service: runs the jar in the background; sets SERVICE_PID and HEALTHY_AFTER
# (seconds from start until health is UP)
start_service() {
	local started=$(date +%s.%N)
	local aot=""
	[ "$AOT" = 1 ] && [ -f "$APP_DIR/app.aot" ] && aot="-XX:AOTCache=$APP_DIR/app.aot"
	"$JAVA" $JVM_OPTS $aot -jar "$RUN_JAR" --server.address=127.0.0.1 >>"$LOG" 2>&1 &
	SERVICE_PID=$!
	for _ in $(seq 1 600); do
		if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			HEALTHY_AFTER=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
			return 0
		fi
		kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service died; see $LOG" >&2; tail -n 30 "$LOG" >&2; exit 1; }
		sleep 0.1
	done
	echo "the service was not healthy after 60 s; see $LOG" >&2
	exit 1
}

echo "# $("$JAVA" -version 2>&1 | head -n1), JVM_OPTS=$JVM_OPTS, AOT=$AOT"
psql -X -q -d postgres -c "create database $DB" >/dev/null
if curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
	echo "something already answers on port $PORT; stop it or set PORT" >&2
	exit 1
fi
if [ "$AOT" = 1 ]; then
	# Flyway creates the schema in a run that stops once the context is up and records the AOT cache
	timeout 300 "$JAVA" $JVM_OPTS -XX:AOTCacheOutput="$APP_DIR/app.aot" -Dspring.context.exit=onRefresh \
		-jar "$RUN_JAR" --server.address=127.0.0.1 >>"$LOG" 2>&1
else
	start_service # Flyway creates the schema
	stop_service
fi
seed_started=$(date +%s)
timeout 600 psql -X -q -d "$DB" -v claims="$claims" -f "$HERE/seed.sql" >/dev/null
echo "# seeded $claims claims in $(( $(date +%s) - seed_started )) s"
start_service
echo "# start to healthy: $HEALTHY_AFTER s"
BENCH_KEY=$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/api-keys" -H "Authorization: Bearer $ADMIN_KEY" \
	-H 'Content-Type: application/json' -d "{\"name\": \"bench-$$\", \"role\": \"analyst\"}" \
	| python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')

BASE_URL="http://127.0.0.1:$PORT" PGURL="postgresql://$PGUSER@$PGHOST:5432/$DB" CLAIMS_BENCH_KEY="$BENCH_KEY" \
	BENCH_SUBJECTS=$(( claims / 300 > 0 ? claims / 300 : 1 )) SERVICE_PID="$SERVICE_PID" \
	timeout 900 "$HERE/run.sh"
