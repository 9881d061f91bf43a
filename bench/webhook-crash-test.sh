#!/usr/bin/env bash
# Crash test for alert delivery: alerts committed with their claims must reach the
# receiver after a kill -9, each once in the normal case, never lost.
#
#   bench/webhook-crash-test.sh            (from the repository root or anywhere)
#
# Phase 1 (deterministic): the service runs without a delivery worker
# (CLAIMS_WEBHOOKS_ENABLED=false), ALERTS claims are posted, each committing one alert,
# and the service is killed with kill -9: committed, never sent. Restarted with its
# worker, it must deliver every alert exactly once.
# Phase 2 (racy): the worker runs while claims are posted, the service is kill -9'd
# mid-loop after KILL_AFTER_ACKS acknowledgements, and restarted. Every alert must be
# delivered; an alert whose 200 arrived but whose "delivered" mark died with the JVM
# is sent again (at least once), and the script counts those.
#
# Needs java, python3, curl, psql and PostgreSQL on 127.0.0.1:5432
# (user postgres; PGPASSWORD defaults to postgres). Bounded: MAX_CLAIMS posts per phase,
# WAIT_SECONDS for deliveries, RECEIVER_SECONDS for the receiver. Everything listens on 127.0.0.1, on free ports.
set -euo pipefail

ALERTS=${ALERTS:-50}
MAX_CLAIMS=${MAX_CLAIMS:-300}
KILL_AFTER_ACKS=${KILL_AFTER_ACKS:-100}
WAIT_SECONDS=${WAIT_SECONDS:-60}
# the receiver stops by itself after this; two slow start-ups on a busy machine take minutes
RECEIVER_SECONDS=${RECEIVER_SECONDS:-3600}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGPASSWORD=${PGPASSWORD:-postgres}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
SAY_AS=webhook-crash-test
new_admin_key webhook-crash
# the receiver is on 127.0.0.1: allow exactly that internal address
export CLAIMS_WEBHOOKS_ALLOWED_NETWORKS=127.0.0.1/32
SECRET=whsec_webhook-crash-test-secret

RUN=$(date +%s)-$$
DB=webhook_crash_${RUN//-/_}
WORK=$(mktemp -d)
LOG=$WORK/server.log
# always the java on the PATH, whatever JAVA and JVM_OPTS say for the benchmarks
JAVA=java JVM_OPTS=-Xmx512m
RECEIVER_PID=
POSTER_PID=

cleanup() {
	[[ -n $POSTER_PID ]] && kill "$POSTER_PID" 2>/dev/null || true
	stop_service
	[[ -n $RECEIVER_PID ]] && kill "$RECEIVER_PID" 2>/dev/null || true
	drop_database
	rm -rf "$WORK"
}
on_exit cleanup

sql() { psql -q -At -d "$DB" -c "$1"; }

post_claims() { # $1: phase, $2: how many; appends one line per 201 to $WORK/acked-$1
	for i in $(seq 1 "$2"); do
		status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/v1/claims" \
			-H "Authorization: Bearer $CLAIMS_ADMIN_KEY" -H 'Content-Type: application/json' \
			-d "{\"subject\": \"Webhook crash $RUN phase $1\", \"category\": \"killed\", \"figure\": $i,
			     \"speaker\": \"bench\", \"source\": \"bench\", \"statedOn\": \"2025-01-01\"}" || true)
		[[ $status == 201 ]] && echo "$i" >>"$WORK/acked-$1"
	done
}

await_delivered() { # until no alert is pending, at most WAIT_SECONDS
	for _ in $(seq 1 "$WAIT_SECONDS"); do
		[[ $(sql "select count(*) from casualty_claims.alert_outbox where status = 'pending'") == 0 ]] && return 0
		sleep 1
	done
	say "alerts still pending after $WAIT_SECONDS s"
}

# "<outbox rows> <delivered> <distinct ids received> <requests received> <bad signatures> <never received>"
check_phase() { # $1: phase
	sql "create table if not exists received (event_id uuid, signature text)"
	sql "truncate received"
	psql -q -d "$DB" -c "\\copy received from '$WORK/received' with (delimiter ' ')"
	sql "select (select count(*) from casualty_claims.alert_outbox o join casualty_claims.claims c on c.id = o.claim_id
	                where c.subject = 'Webhook crash $RUN phase $1'),
	            (select count(*) from casualty_claims.alert_outbox o join casualty_claims.claims c on c.id = o.claim_id
	                where c.subject = 'Webhook crash $RUN phase $1' and o.status = 'delivered'),
	            (select count(distinct r.event_id) from received r join casualty_claims.alert_outbox o on o.id = r.event_id
	                join casualty_claims.claims c on c.id = o.claim_id where c.subject = 'Webhook crash $RUN phase $1'),
	            (select count(*) from received r join casualty_claims.alert_outbox o on o.id = r.event_id
	                join casualty_claims.claims c on c.id = o.claim_id where c.subject = 'Webhook crash $RUN phase $1'),
	            (select count(*) from received where signature <> 'ok'),
	            (select count(*) from casualty_claims.alert_outbox o join casualty_claims.claims c on c.id = o.claim_id
	                where c.subject = 'Webhook crash $RUN phase $1'
	                  and not exists (select 1 from received r where r.event_id = o.id))" | tr '|' ' '
}

say "building the jar"
build_jar
PORT=$(free_port)
HOOK_PORT=$(free_port)
create_database
export_service_environment
touch "$WORK/received"
python3 "$ROOT/bench/webhook-receiver.py" "$HOOK_PORT" "$SECRET" "$WORK/received" "$RECEIVER_SECONDS" &
RECEIVER_PID=$!

say "phase 1: no worker; $ALERTS alerts committed, then kill -9"
CLAIMS_WEBHOOKS_ENABLED=false start_service
curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/subscriptions" -H "Authorization: Bearer $CLAIMS_ADMIN_KEY" \
	-H 'Content-Type: application/json' -o /dev/null \
	-d "{\"condition\": {\"type\": \"newClaim\"}, \"url\": \"http://127.0.0.1:$HOOK_PORT/hook\", \"secret\": \"$SECRET\"}"
post_claims 1 "$ALERTS"
kill_service
say "phase 1: received before the restart: $(wc -l <"$WORK/received")"
CLAIMS_WEBHOOKS_ENABLED=true start_service
await_delivered
read -r ROWS1 DELIVERED1 DISTINCT1 REQUESTS1 BAD1 NEVER1 <<<"$(check_phase 1)"
ACKED1=$(wc -l <"$WORK/acked-1" | tr -d ' ')

say "phase 2: worker on; kill -9 after $KILL_AFTER_ACKS acknowledgements"
touch "$WORK/acked-1" "$WORK/acked-2"
post_claims 2 "$MAX_CLAIMS" &
POSTER_PID=$!
while kill -0 "$POSTER_PID" 2>/dev/null && (($(wc -l <"$WORK/acked-2") < KILL_AFTER_ACKS)); do
	sleep 0.05
done
kill_service
wait "$POSTER_PID" 2>/dev/null || true
POSTER_PID=
CLAIMS_WEBHOOKS_ENABLED=true start_service
await_delivered
read -r ROWS2 DELIVERED2 DISTINCT2 REQUESTS2 BAD2 NEVER2 <<<"$(check_phase 2)"
ACKED2=$(wc -l <"$WORK/acked-2" | tr -d ' ')
stop_service

RESULT=PASS
# phase 1 is exactly once; phase 2 at least once (a resend is counted, not a failure)
if ((ROWS1 != ACKED1 || DELIVERED1 != ROWS1 || REQUESTS1 != ROWS1 || DISTINCT1 != ROWS1 || NEVER1 > 0)); then
	RESULT=FAIL
fi
if ((ROWS2 < ACKED2 || DELIVERED2 != ROWS2 || DISTINCT2 != ROWS2 || NEVER2 > 0 || BAD1 + BAD2 > 0)); then
	RESULT=FAIL
fi
echo "webhook-crash-test: phase1 acknowledged=$ACKED1 alerts=$ROWS1 delivered=$DELIVERED1 received_requests=$REQUESTS1" \
	"received_distinct=$DISTINCT1 never_received=$NEVER1 |" \
	"phase2 acknowledged_before_kill=$ACKED2 alerts=$ROWS2 delivered=$DELIVERED2 received_requests=$REQUESTS2" \
	"received_distinct=$DISTINCT2 resent=$((REQUESTS2 - DISTINCT2)) never_received=$NEVER2 |" \
	"bad_signatures=$((BAD1 + BAD2)) => $RESULT"
[[ $RESULT == PASS ]]
