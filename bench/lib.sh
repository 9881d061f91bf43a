# shellcheck shell=bash
# What the bench/ scripts that run the service share; sourced, never run:
#   . "$(dirname "$0")/lib.sh"
#
#   say MESSAGE...            to stderr, as "$SAY_AS: MESSAGE" when SAY_AS is set
#   packaged_jar              prints the service's jar in target/, nothing when there is none
#   build_jar                 packages the service (tests skipped); sets JAR
#   jar_or_build              JAR as given, else the jar in target/, else build_jar; sets JAR
#   free_port                 prints a TCP port free on 127.0.0.1
#   refuse_busy_port          exits when something already answers on $PORT
#   new_admin_key NAME        sets and exports CLAIMS_ADMIN_KEY, unique to this run
#   create_database           creates the throwaway database $DB on the local PostgreSQL
#   drop_database             drops it, closing what is still connected; never fails
#   export_service_environment
#                             exports the service's settings: the database $DB_URL,
#                             CLAIMS_ADMIN_KEY, 127.0.0.1:$PORT, and rate limits far above
#                             what one benchmark client sends
#   start_service             starts the service in the background and waits until its health
#                             is UP; exits with the end of its log when it dies or is late
#                             (VAR=value start_service passes a setting to this start only)
#   stop_service              TERM, up to 10 s to finish, then KILL; nothing when none runs
#   kill_service              kill -9, as a crash would
#   issue_key ROLE NAME       prints a new API key, issued with the admin key
#   on_exit FUNCTION          runs FUNCTION when the script ends, also on Ctrl-C, TERM, HUP
#                             and a closed pipe (which end the script with status 130)
#
# Reads: PORT, DB, DB_URL (default: $DB on the local PostgreSQL), LOG
# (the service's output, appended), JAVA (default java), JVM_OPTS (flags, split on spaces),
# RUN_JAR (default $JAR), HEALTH_SECONDS (default 180), PGHOST (default 127.0.0.1),
# PGPORT (5432), PGUSER (postgres), PGPASSWORD (passed on when set), SAY_AS.
# Sets: ROOT (the repository, from this file's place), JAR, SERVICE_PID (empty when no service runs), HEALTHY_AFTER (seconds from start
# to health UP), CLAIMS_ADMIN_KEY and the SPRING_*, SERVER_* and CLAIMS_* variables above.
#
# The functions fail by exiting, not by their status, because bash ignores `set -e` inside
# a function called as a condition (`if f`, `f || ...`); call them as plain commands.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
SERVICE_PID=

say() {
	echo "${SAY_AS:+$SAY_AS: }$*" >&2
}

packaged_jar() {
	local jar
	for jar in "$ROOT"/target/casualty-claims-*.jar; do
		# the plain jar has no dependencies in it
		if [[ -f $jar && ${jar##*/} != *plain* ]]; then
			echo "$jar"
			return 0
		fi
	done
	return 0
}

build_jar() {
	(cd "$ROOT" && ./mvnw -B -q -DskipTests package) || exit 1
	JAR=$(packaged_jar)
	if [[ -z $JAR ]]; then
		say "no casualty-claims jar in $ROOT/target after the build"
		exit 1
	fi
}

jar_or_build() {
	JAR=${JAR:-$(packaged_jar)}
	if [[ -z $JAR ]]; then
		build_jar
	fi
}

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

refuse_busy_port() {
	if curl -fsS --max-time 5 "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
		say "something already answers on port $PORT; stop it or set PORT"
		exit 1
	fi
}

new_admin_key() {
	CLAIMS_ADMIN_KEY="$1-admin-key-$(date +%s)-$$"
	export CLAIMS_ADMIN_KEY
}

create_database() {
	psql -X -q -d postgres -c "create database $DB" >/dev/null || exit 1
}

drop_database() {
	psql -X -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}

export_service_environment() {
	export SPRING_DATASOURCE_URL="${DB_URL:-jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$DB}" \
		SPRING_DATASOURCE_USERNAME="$PGUSER" SERVER_PORT="$PORT" SERVER_ADDRESS=127.0.0.1
	if [[ -n ${PGPASSWORD:-} ]]; then
		export SPRING_DATASOURCE_PASSWORD="$PGPASSWORD"
	fi
	# the load comes from one address and one key: limits far above what it can send, so
	# the figures measure the service, not its rate limits
	export CLAIMS_RATE_LIMIT_WRITES_PER_KEY=1000000000 CLAIMS_RATE_LIMIT_READS_PER_KEY=1000000000 \
		CLAIMS_RATE_LIMIT_READS_PER_ADDRESS=1000000000 CLAIMS_RATE_LIMIT_CACHED_READS_PER_ADDRESS=1000000000
}

start_service() {
	local started deadline
	started=$(date +%s.%N)
	deadline=$((SECONDS + ${HEALTH_SECONDS:-180}))
	# JVM_OPTS holds several flags
	# shellcheck disable=SC2086
	"${JAVA:-java}" ${JVM_OPTS:-} -jar "${RUN_JAR:-$JAR}" >>"$LOG" 2>&1 &
	SERVICE_PID=$!
	# polled often: bench.sh reports the time from start to healthy
	until curl -fsS --max-time 5 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
		if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
			say "the service died; the end of $LOG:"
			tail -n 50 "$LOG" >&2
			exit 1
		fi
		if ((SECONDS >= deadline)); then
			say "the service was not healthy after ${HEALTH_SECONDS:-180} s; the end of $LOG:"
			tail -n 50 "$LOG" >&2
			exit 1
		fi
		sleep 0.1
	done
	# shellcheck disable=SC2034 # for the script that sources this file
	HEALTHY_AFTER=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
}

stop_service() {
	if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
		kill "$SERVICE_PID" 2>/dev/null || true
		for _ in $(seq 1 50); do
			kill -0 "$SERVICE_PID" 2>/dev/null || break
			sleep 0.2
		done
		kill -9 "$SERVICE_PID" 2>/dev/null || true
		wait "$SERVICE_PID" 2>/dev/null || true
	fi
	SERVICE_PID=
}

kill_service() {
	kill -9 "$SERVICE_PID" || exit 1
	wait "$SERVICE_PID" 2>/dev/null || true
	SERVICE_PID=
}

issue_key() {
	curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/api-keys" -H "Authorization: Bearer $CLAIMS_ADMIN_KEY" \
		-H 'Content-Type: application/json' -d "{\"name\": \"$2\", \"role\": \"$1\"}" \
		| python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])'
}

on_exit() {
	# shellcheck disable=SC2064
	trap "$1" EXIT
	# an interrupted script exits, and so runs FUNCTION too, whatever bash does by default
	trap 'exit 130' INT TERM HUP PIPE
}
