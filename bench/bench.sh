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
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
PORT=${PORT:-18080}
DB=bench_claims_$$
new_admin_key bench
if [ -z "${JAVA:-}" ]; then
	if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; else JAVA=java; fi
fi
JVM_OPTS=${JVM_OPTS:--Xms200m -Xmx200m -XX:+UseParallelGC -Xss512k}
HEALTH_SECONDS=60
LOG=$(mktemp /tmp/bench-service.XXXXXX.log)
APP_DIR=$(mktemp -d /tmp/bench-app.XXXXXX)

cleanup() {
	stop_service
	if [ -z "${KEEP_DB:-}" ]; then drop_database; fi
	rm -rf "$APP_DIR"
}
on_exit cleanup

jar_or_build

# the extracted jar starts faster than the nested one, and with an AOT cache faster still
AOT=${AOT:-$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput && echo 1 || echo 0)}
RUN_JAR=$JAR
if [ "$AOT" = 1 ]; then
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR/app" >/dev/null
	RUN_JAR=$(ls "$APP_DIR"/app/*.jar | head -n1)
fi
# for the service only; run.sh and the tools ignore them
export_service_environment

echo "# $("$JAVA" -version 2>&1 | head -n1), JVM_OPTS=$JVM_OPTS, AOT=$AOT"
create_database
refuse_busy_port
if [ "$AOT" = 1 ]; then
	# Flyway creates the schema in a run that stops once the context is up and records the AOT cache
	# shellcheck disable=SC2086 # JVM_OPTS holds several flags
	timeout 300 "$JAVA" $JVM_OPTS -XX:AOTCacheOutput="$APP_DIR/app.aot" -Dspring.context.exit=onRefresh \
		-jar "$RUN_JAR" >>"$LOG" 2>&1
else
	start_service # Flyway creates the schema
	stop_service
fi
# the measured start uses the cache that the first start recorded
if [ "$AOT" = 1 ] && [ -f "$APP_DIR/app.aot" ]; then JVM_OPTS="$JVM_OPTS -XX:AOTCache=$APP_DIR/app.aot"; fi
seed_started=$(date +%s)
timeout 600 psql -X -q -d "$DB" -v claims="$claims" -f "$HERE/seed.sql" >/dev/null
echo "# seeded $claims claims in $(( $(date +%s) - seed_started )) s"
start_service
echo "# start to healthy: $HEALTHY_AFTER s"
BENCH_KEY=$(issue_key analyst "bench-$$")

BASE_URL="http://127.0.0.1:$PORT" PGURL="postgresql://$PGUSER@$PGHOST:5432/$DB" CLAIMS_BENCH_KEY="$BENCH_KEY" \
	BENCH_SUBJECTS=$(( claims / 300 > 0 ? claims / 300 : 1 )) SERVICE_PID="$SERVICE_PID" \
	timeout 900 "$HERE/run.sh"
