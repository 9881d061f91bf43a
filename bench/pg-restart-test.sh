#!/usr/bin/env bash
# PostgreSQL restart under load: run the service against a private PostgreSQL cluster,
# post and read claims, stop PostgreSQL for OUTAGE_SECONDS mid-load, start it again,
# and check that the service answered 503 problem+json with Retry-After while it was
# down (no 500, no hanging past the timeouts), came back by itself (health UP, writes
# 201) and that every write it acknowledged is in the database.
#
#   bench/pg-restart-test.sh            (JAR=path/to.jar to skip the build)
#
# Needs java, python3, curl and PostgreSQL 15's binaries (PG_BIN). The cluster is
# initdb'd into a temporary directory and listens on 127.0.0.1:55432 only (run as
# user postgres when started as root); the service listens on 127.0.0.1 on a free
# port. Bounded: LOAD_SECONDS of load, 180 s for the service to start, 60 s for
# PostgreSQL and 30 s for the service to recover.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55432}
LOAD_SECONDS=${LOAD_SECONDS:-40}
STOP_AFTER_SECONDS=${STOP_AFTER_SECONDS:-12}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-10}
WRITERS=${WRITERS:-3}
READERS=${READERS:-2}
# the service's timeouts (see README, Timeouts); no answer may take longer than both
# together plus a margin
export CLAIMS_DATABASE_CONNECTION_TIMEOUT=${CLAIMS_DATABASE_CONNECTION_TIMEOUT:-2000}
export CLAIMS_DATABASE_STATEMENT_TIMEOUT=${CLAIMS_DATABASE_STATEMENT_TIMEOUT:-5s}
SLOWEST_ALLOWED_SECONDS=${SLOWEST_ALLOWED_SECONDS:-10}
# the private cluster's superuser, for the service too
export PGUSER=postgres
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
SAY_AS=pg-restart-test
new_admin_key pg-restart

RUN=$(date +%s)-$$
WORK=$(mktemp -d)
chmod 755 "$WORK"
PGRUN=$WORK/pg
LOG=$WORK/server.log
# always the java on the PATH, whatever JAVA and JVM_OPTS say for the benchmarks
JAVA=java JVM_OPTS=-Xmx512m
CLIENT_PID=

as_postgres() {
	if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_start() {
	as_postgres "$PG_BIN/pg_ctl" -D "$PGRUN/data" -l "$PGRUN/log" -w -t 60 \
		-o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PGRUN" start >/dev/null
}
pg_stop() { as_postgres "$PG_BIN/pg_ctl" -D "$PGRUN/data" -m "$1" -w -t 60 stop >/dev/null; }
sql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -X -q "$@"; }

cleanup() {
	[[ -n $CLIENT_PID ]] && kill "$CLIENT_PID" 2>/dev/null || true
	stop_service
	[[ -d $PGRUN/data ]] && pg_stop immediate 2>/dev/null || true
	cp "$WORK/server.log" "${TMPDIR:-/tmp}/pg-restart-test-server.log" 2>/dev/null || true
	rm -rf "$WORK"
}
on_exit cleanup

now() { date +%s.%N; }
health() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT/actuator/health" || true; }

if [[ -z ${JAR:-} ]]; then
	say "building the jar"
	build_jar
fi

say "creating a PostgreSQL cluster on 127.0.0.1:$PG_PORT"
mkdir -p "$PGRUN"
[[ $(id -u) == 0 ]] && chown postgres "$PGRUN"
as_postgres "$PG_BIN/initdb" -D "$PGRUN/data" -U postgres --auth=trust -E UTF8 >/dev/null
pg_start

PORT=$(free_port)
say "starting the service on 127.0.0.1:$PORT"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
export_service_environment
start_service

say "load: $WRITERS writers, $READERS readers for $LOAD_SECONDS s; PostgreSQL stops after $STOP_AFTER_SECONDS s for $OUTAGE_SECONDS s"
python3 "$ROOT/bench/pg-restart-client.py" "$PORT" "$RUN" "$LOAD_SECONDS" "$WRITERS" "$READERS" "$WORK" &
CLIENT_PID=$!
sleep "$STOP_AFTER_SECONDS"
pg_stop fast
STOPPED_AT=$(now)
sleep "$((OUTAGE_SECONDS / 2))"
HEALTH_DURING_OUTAGE=$(health)
sleep "$((OUTAGE_SECONDS - OUTAGE_SECONDS / 2))"
STARTING_AT=$(now)
pg_start
STARTED_AT=$(now)
RECOVERED_IN=none
for _ in $(seq 1 60); do
	if [[ $(health) == 200 ]]; then
		RECOVERED_IN=$(python3 -c "print(f'{$(now) - $STARTED_AT:.1f}')")
		break
	fi
	sleep 0.5
done
wait "$CLIENT_PID" || true
CLIENT_PID=
POST_AFTER=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "http://127.0.0.1:$PORT/api/v1/claims" \
	-H "Authorization: Bearer $CLAIMS_ADMIN_KEY" -H 'Content-Type: application/json' \
	-d "{\"subject\": \"PG restart test $RUN after\", \"category\": \"killed\", \"figure\": 1, \"speaker\": \"s\", \"source\": \"s\", \"statedOn\": \"2025-01-09\"}" || true)

# the answers: while PostgreSQL was down only 503 problem+json with Retry-After; never
# a 500 or a request without an answer; none slower than the timeouts allow
read -r TOTAL DURING DURING_503 DURING_OTHER OTHER_5XX ERRORS SLOWEST WRITES_AFTER < <(awk \
	-v stopped="$STOPPED_AT" -v starting="$STARTING_AT" -v started="$STARTED_AT" '
	{ total++; took = $2 - $1; if (took > slowest) slowest = took }
	$1 >= stopped && $2 <= starting {
		during++
		if ($4 == 503 && $5 ~ /^application\/problem\+json/ && $6 != "-") during503++; else duringOther++
	}
	$4 ~ /^5/ && $4 != 503 { other5xx++ }
	$4 == "ERR" { errors++ }
	$3 == "write" && $4 == 201 && $1 >= started { writesAfter++ }
	END { printf "%d %d %d %d %d %d %.1f %d\n", total, during, during503, duringOther, other5xx, errors, slowest, writesAfter }
	' "$WORK/responses")
ACKED=$(wc -l <"$WORK/acked" | tr -d ' ')
MISSING=$(sql -At -c "create temp table acked (n int, id uuid)" -c "\\copy acked from '$WORK/acked' with (delimiter ' ')" \
	-c "select count(*) from acked a where not exists (select 1 from casualty_claims.claims c where c.id = a.id)")

RESULT=PASS
if ((DURING == 0 || DURING_OTHER > 0 || OTHER_5XX > 0 || ERRORS > 0 || MISSING > 0 || WRITES_AFTER == 0)) \
	|| [[ $HEALTH_DURING_OUTAGE != 503 || $RECOVERED_IN == none || $POST_AFTER != 201 ]] \
	|| python3 -c "import sys; sys.exit(0 if $SLOWEST > $SLOWEST_ALLOWED_SECONDS else 1)"; then
	RESULT=FAIL
	tail -30 "$WORK/server.log" >&2
fi
echo "pg-restart-test: requests=$TOTAL acknowledged_writes=$ACKED outage=${OUTAGE_SECONDS}s" \
	"answered_during_outage=$DURING (503_problem_with_retry_after=$DURING_503 other=$DURING_OTHER)" \
	"health_during_outage=$HEALTH_DURING_OUTAGE other_5xx=$OTHER_5XX no_answer=$ERRORS slowest=${SLOWEST}s" \
	"recovered_in=${RECOVERED_IN}s writes_201_after_restart=$WRITES_AFTER post_after=$POST_AFTER" \
	"missing_acknowledged=$MISSING => $RESULT"
[[ $RESULT == PASS ]]
