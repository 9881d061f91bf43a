#!/usr/bin/env bash
# Crash test for Idempotency-Key: post claims with unique keys, kill -9 the service
# mid-loop, restart it, retry every key sent, then check in PostgreSQL that every
# acknowledged claim is stored and none is stored twice.
#
#   bench/crash-test.sh            (from the repository root or anywhere)
#
# Needs java, python3, curl, psql and PostgreSQL on 127.0.0.1:5432
# (user postgres; PGPASSWORD defaults to postgres). Bounded: at most MAX_REQUESTS
# requests or LOOP_SECONDS seconds before the kill, and one retry per key sent.
# The server listens on 127.0.0.1 only, on a free port, against a throwaway database.
set -euo pipefail

MAX_REQUESTS=${MAX_REQUESTS:-2000}
LOOP_SECONDS=${LOOP_SECONDS:-60}
THREADS=${THREADS:-4}
KILL_AFTER_ACKS=${KILL_AFTER_ACKS:-300}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGPASSWORD=${PGPASSWORD:-postgres}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
SAY_AS=crash-test
# writes need a key: the service installs this one as its admin key, the client sends it
new_admin_key crash-test

RUN=$(date +%s)-$$
DB=crash_test_${RUN//-/_}
WORK=$(mktemp -d)
LOG=$WORK/server.log
# always the java on the PATH, whatever JAVA and JVM_OPTS say for the benchmarks
JAVA=java JVM_OPTS=-Xmx512m
CLIENT_PID=

cleanup() {
	[[ -n $CLIENT_PID ]] && kill "$CLIENT_PID" 2>/dev/null || true
	stop_service
	drop_database
	rm -rf "$WORK"
}
on_exit cleanup

lines() { [[ -f $1 ]] && wc -l <"$1" | tr -d ' ' || echo 0; }

say "building the jar"
build_jar
PORT=$(free_port)
create_database
export_service_environment

say "starting the service on 127.0.0.1:$PORT (database $DB)"
start_service

say "posting up to $MAX_REQUESTS claims for up to ${LOOP_SECONDS} s with $THREADS threads"
python3 "$ROOT/bench/crash-client.py" post "$PORT" "$RUN" 1 "$MAX_REQUESTS" "$THREADS" "$LOOP_SECONDS" "$WORK" &
CLIENT_PID=$!
deadline=$((SECONDS + LOOP_SECONDS))
while kill -0 "$CLIENT_PID" 2>/dev/null && (($(lines "$WORK/acked") < KILL_AFTER_ACKS)) && ((SECONDS < deadline)); do
	sleep 0.1
done
kill_service
wait "$CLIENT_PID" || true
CLIENT_PID=
SENT=$(lines "$WORK/sent")
ACKED=$(lines "$WORK/acked")
say "killed the service with kill -9 after $ACKED acknowledgements ($SENT keys sent)"

say "restarting and retrying every key sent"
RESTARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
start_service
python3 "$ROOT/bench/crash-client.py" retry "$PORT" "$RUN" "$WORK"
stop_service

# every retry must be a 201; an acknowledged key must come back with the id it had
RETRY_NOT_201=$(awk '$3 != 201' "$WORK/retried" | wc -l | tr -d ' ')
REPLAY_MISMATCH=$(awk 'NR == FNR { acked[$1] = $2; next } ($1 in acked) && acked[$1] != $2' \
	"$WORK/acked" "$WORK/retried" | wc -l | tr -d ' ')
UNACKED=$((SENT - ACKED))

# and in PostgreSQL: each acknowledged id stored once, each key's subject at most once
psql -q -d "$DB" -c "create temp table acked (n int, id uuid); create temp table retried (n int, id uuid, status int);" \
	-c "\\copy acked from '$WORK/acked' with (delimiter ' ')" \
	-c "\\copy retried from '$WORK/retried' with (delimiter ' ', null 'None')" \
	-At -F ' ' -c "
	select
		(select count(*) from casualty_claims.claims where subject like 'Crash test $RUN claim %'),
		(select count(*) from acked a where not exists (select 1 from casualty_claims.claims c where c.id = a.id)),
		(select count(*) from (select subject from casualty_claims.claims where subject like 'Crash test $RUN claim %'
			group by subject having count(*) > 1) d),
		(select count(*) from retried r where not exists (select 1 from casualty_claims.claims c where c.id = r.id)),
		(select count(*) from casualty_claims.idempotency_records),
		-- unacknowledged keys whose claim had committed before the kill: their retry was a replay
		(select count(*) from retried r join casualty_claims.claims c on c.id = r.id
			where r.n not in (select n from acked) and c.created_at < timestamptz '$RESTARTED_AT')" >"$WORK/db"
read -r STORED MISSING DUPLICATES RETRIED_MISSING RECORDS COMMITTED_UNACKED <"$WORK/db"

RESULT=PASS
if ((MISSING > 0 || DUPLICATES > 0 || RETRIED_MISSING > 0 || RETRY_NOT_201 > 0 || REPLAY_MISMATCH > 0 || STORED != SENT)); then
	RESULT=FAIL
fi
echo "crash-test: sent=$SENT acknowledged_before_kill=$ACKED unacknowledged_retried=$UNACKED" \
	"(of which committed before the kill: $COMMITTED_UNACKED)" \
	"stored=$STORED missing_acknowledged=$MISSING duplicate_subjects=$DUPLICATES retries_not_201=$RETRY_NOT_201" \
	"replayed_with_other_id=$REPLAY_MISMATCH idempotency_records=$RECORDS => $RESULT"
[[ $RESULT == PASS ]]
