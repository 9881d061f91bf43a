#!/usr/bin/env bash
# CSV export and import through the service, side by side with PostgreSQL COPY of the
# same rows in the same run, bounded in time:
#   bench/transfer.sh [claims] [runs]        e.g. bench/transfer.sh 1000000 3
# Creates a throwaway database, lets the service migrate it, seeds [claims] claims
# (default 100000) with bench/seed.sql, starts the jar on 127.0.0.1 and then, [runs]
# times (default 3):
#   export: GET /api/v1/claims?status=all (Accept: text/csv) to a file, the service's
#           peak RSS sampled every 0.1 s, and psql \copy (select … order by id) to csv
#   import: the export file into emptied tables with POST /api/v1/claims/import (admin
#           key: ids kept), and psql \copy of the same rows into the same emptied table
# and prints rows/s of each, the ratios, and the medians. Stops the service and drops
# the database at the end, also when interrupted.
# Environment: JAVA (java), JVM_OPTS (-Xms256m -Xmx256m -XX:+UseParallelGC), PORT (18090),
# JAR (target/casualty-claims-*.jar, built when missing), PGHOST/PGUSER as for psql.
set -euo pipefail

claims=${1:-100000}
runs=${2:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
PORT=${PORT:-18090}
DB=bench_transfer_$$
JAVA=${JAVA:-java}
JVM_OPTS=${JVM_OPTS:--Xms256m -Xmx256m -XX:+UseParallelGC}
HEALTH_SECONDS=120
new_admin_key bench
WORK=$(mktemp -d /tmp/bench-transfer.XXXXXX)
LOG=$WORK/service.log
# the export's columns and what COPY FROM needs beside them (the service derives both)
COLUMNS="id, subject, subject_key, category, figure, figure_low, figure_high, qualifier, speaker, source, source_url, stated_on,
 quote, report_id, status, retraction_reason, version, created_at, updated_at, created_by, updated_by"

cleanup() {
	stop_service
	drop_database
	rm -rf "$WORK"
}
on_exit cleanup

jar_or_build
refuse_busy_port

now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }

create_database
export_service_environment
CLAIMS_IMPORT_MAX_SIZE=4GB start_service
seeded=$(now)
timeout 900 psql -X -q -d "$DB" -v claims="$claims" -f "$HERE/seed.sql" >/dev/null
echo "# $("$JAVA" -version 2>&1 | head -n1), JVM_OPTS=$JVM_OPTS; seeded $claims claims in $(awk -v a="$seeded" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }') s"

# peak_rss PID FILE: writes the largest VmRSS (kB) seen until the file .stop appears
peak_rss() {
	local peak=0 rss
	while [ ! -e "$2.stop" ]; do
		rss=$(awk '/VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0)
		[ "${rss:-0}" -gt "$peak" ] && peak=$rss
		sleep 0.1
	done
	echo "$peak" >"$2"
}

empty_tables() {
	psql -X -q -d "$DB" -c "truncate casualty_claims.claim_revisions, casualty_claims.series,
		casualty_claims.claims, casualty_claims.idempotency_records cascade" >/dev/null
}

printf '%-4s %14s %14s %8s %10s %14s %14s %8s\n' run export_rows/s copy_to_rows/s ratio peak_rss_MB \
	import_rows/s copy_from_rows/s ratio
export_ratios=() import_ratios=()
for run in $(seq 1 "$runs"); do
	rm -f "$WORK/rss" "$WORK/rss.stop"
	peak_rss "$SERVICE_PID" "$WORK/rss" &
	sampler=$!
	a=$(now)
	timeout 600 curl -fsS -o "$WORK/export.csv" -H 'Accept: text/csv' \
		"http://127.0.0.1:$PORT/api/v1/claims?status=all"
	b=$(now)
	touch "$WORK/rss.stop"
	wait "$sampler"
	exported=$(( $(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=''))))" "$WORK/export.csv") - 1 ))
	[ "$exported" -eq "$claims" ] || { echo "exported $exported rows, expected $claims" >&2; exit 1; }
	c=$(now)
	timeout 600 psql -X -q -d "$DB" -c "\\copy (select $COLUMNS from casualty_claims.claims order by id) to '$WORK/copy.csv' csv header"
	d=$(now)
	export_rate=$(rate "$claims" "$a" "$b")
	copy_to_rate=$(rate "$claims" "$c" "$d")
	# printed at once: an import that times out must not take the export's figures with it
	echo "# run $run export: $export_rate rows/s, COPY TO $copy_to_rate rows/s," \
		"peak RSS $(( $(cat "$WORK/rss") / 1024 )) MB; load: $(cut -d' ' -f1-3 /proc/loadavg)"

	empty_tables
	e=$(now)
	timeout 900 curl -fsS -o "$WORK/import.json" -X POST -H "Authorization: Bearer $CLAIMS_ADMIN_KEY" \
		-H 'Content-Type: text/csv' --data-binary "@$WORK/export.csv" "http://127.0.0.1:$PORT/api/v1/claims/import"
	f=$(now)
	grep -q "\"stored\":$claims" "$WORK/import.json" || { echo "import: $(head -c 500 "$WORK/import.json")" >&2; exit 1; }
	empty_tables
	g=$(now)
	timeout 900 psql -X -q -d "$DB" -c "\\copy casualty_claims.claims ($COLUMNS) from '$WORK/copy.csv' csv header"
	h=$(now)
	import_rate=$(rate "$claims" "$e" "$f")
	echo "# run $run import: $import_rate rows/s (COPY FROM follows); load: $(cut -d' ' -f1-3 /proc/loadavg)"
	copy_from_rate=$(rate "$claims" "$g" "$h")
	export_ratio=$(awk -v x="$export_rate" -v y="$copy_to_rate" 'BEGIN { printf "%.2f", x / y }')
	import_ratio=$(awk -v x="$import_rate" -v y="$copy_from_rate" 'BEGIN { printf "%.2f", x / y }')
	export_ratios+=("$export_ratio") import_ratios+=("$import_ratio")
	printf '%-4s %14s %14s %8s %10s %14s %14s %8s\n' "$run" "$export_rate" "$copy_to_rate" "$export_ratio" \
		"$(( $(cat "$WORK/rss") / 1024 ))" "$import_rate" "$copy_from_rate" "$import_ratio"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "# median over $runs runs: export/COPY TO = $(median "${export_ratios[@]}") (target >= 0.50)," \
	"import/COPY FROM = $(median "${import_ratios[@]}") (target >= 0.25); $claims claims"
