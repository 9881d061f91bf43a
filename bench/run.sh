#!/usr/bin/env bash
# Measures a running casualty-claims service next to its ceilings, in one run:
#   nginx serving the identical /deltas/latest bytes (200, 304, gzip_static),
#   pgbench running the listing statements, a single-claim insert and a POST's own
#   statements (bench/post-claim-sql.py), and psql's
#   \copy loading the rows of 500-claim reports (into a copy of the claims table).
# Prints requests/s, p50, p99 and errors per endpoint, and each figure as a ratio
# of its ceiling; then recounts every series from the claims (bench/check-series.sql)
# and prints how many differ (0 expected). Every load is bounded by DURATION;
# everything listens on 127.0.0.1.
#
#   bench/run.sh                      # against http://127.0.0.1:8080
#   BASE_URL=http://127.0.0.1:18080 DURATION=10s bench/run.sh
#
# Environment: BASE_URL, DURATION (15s), WARMUP (5s per service endpoint, unmeasured),
# CONNECTIONS (64), WRITE_CONNECTIONS (16), PG_CLIENTS (16, pgbench),
# REPORT_CONNECTIONS (4, POST /reports), REPORT_SUBJECTS (1000: subjects the
# reports' claims spread over), COPY_ROWS (50000, rows the \copy ceiling loads),
# CLAIMS_BENCH_KEY (an analyst key, for POST), BENCH_SUBJECTS (subjects POST spreads
# over), PGURL (the service's database, default
# postgresql://postgres@127.0.0.1:5432/postgres), NGINX_PORT (18090), SERVICE_PID
# (for its RSS; found by port otherwise). bench/bench.sh sets them all.
# A service started by hand needs rate limits above the load (CLAIMS_RATE_LIMIT_*, see
# the README's Limits), or the figures are mostly 429s; bench/bench.sh exports them.
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
WRITE_CONNECTIONS=${WRITE_CONNECTIONS:-16}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5432/postgres}
NGINX_PORT=${NGINX_PORT:-18090}
WARMUP=${WARMUP:-5s}
PG_CLIENTS=${PG_CLIENTS:-16}
REPORT_CONNECTIONS=${REPORT_CONNECTIONS:-4}
COPY_ROWS=${COPY_ROWS:-50000}
CLAIMS_PER_REPORT=500
export REPORT_SUBJECTS=${REPORT_SUBJECTS:-1000} CLAIMS_PER_REPORT
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
NGINX_PID=""

for tool in wrk nginx pgbench curl psql; do
	command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y wrk nginx-light postgresql-client curl" >&2; exit 1; }
done

cleanup() {
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

seconds=${DURATION%s}

# --- what to ask for ---------------------------------------------------------
curl -fsS -D "$WORK/latest.headers" -o "$WORK/latest.json" "$BASE_URL/api/v1/deltas/latest"
ETAG=$(grep -i '^etag:' "$WORK/latest.headers" | cut -d' ' -f2- | tr -d '\r')
SUBJECT=${SUBJECT:-$(psql "$PGURL" -Atc "select subject from casualty_claims.series order by claim_count desc, subject_key limit 1" 2>/dev/null || true)}
[ -n "$SUBJECT" ] || SUBJECT=$(psql "$PGURL" -Atc "select subject from casualty_claims.claims where status = 'active' group by subject order by count(*) desc limit 1")
SUBJECT_KEY=$(printf '%s' "$SUBJECT" | tr '[:upper:]' '[:lower:]' | tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//')
SUBJECT_Q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$SUBJECT")
CLAIMS=$(psql "$PGURL" -Atc "select count(*) from casualty_claims.claims")
echo "# $(date -u +%FT%TZ) $(nproc) cores, $CLAIMS claims, body $(wc -c < "$WORK/latest.json") bytes, subject '$SUBJECT'"

# --- ceilings: nginx with the same bytes -------------------------------------
mkdir -p "$WORK/www/api/v1/deltas" "$WORK/nginx"
chmod -R a+rX "$WORK"
cp "$WORK/latest.json" "$WORK/www/api/v1/deltas/latest"
gzip -k -6 "$WORK/www/api/v1/deltas/latest"
chmod -R a+rX "$WORK/www"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	keepalive_requests 1000000;
	default_type application/json;
	client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
	uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $WORK/www;
		gzip_static on;
		location / { add_header Cache-Control no-cache; }
	}
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
NGINX_ETAG=$(curl -fsSI "http://127.0.0.1:$NGINX_PORT/api/v1/deltas/latest" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')

# --- one wrk run: prints "reqs p50 p99 errors" (latencies in ms) ----------------
warm() { wrk -t2 -c"$1" -d"$WARMUP" --timeout 5s "${@:2}" >/dev/null 2>&1 || true; }
measure() {
	local connections=$1; shift
	local out
	out=$(wrk -t2 -c"$connections" -d"$DURATION" --timeout 5s --latency "$@" 2>&1)
	echo "$out" >>"${WRK_LOG:-/dev/null}"
	local rps p50 p99 errors
	rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms)
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)
	errors=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
	echo "$rps $p50 $p99 $errors"
}

to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0; else if ($1 ~ /m$/) v *= 60000; else if ($1 ~ /s$/) v *= 1000; printf "%.2f", v }'; }

# --- one pgbench run: prints transactions/s -----------------------------------
pg_tps() {
	local script=$1; shift
	pgbench -n -M prepared -c "$PG_CLIENTS" -j 2 -T "$seconds" -f "$script" "$@" "$PGURL" 2>/dev/null \
		| awk '/^tps = / {printf "%.0f", $3}' | head -n1
}

# --- the COPY ceiling: claims/s loading report-like rows with psql's \copy -------
# into a table like claims (same columns, checks, generated column and indexes), so
# the service's own data, and the series check below, stay untouched
copy_rate() {
	python3 - "$COPY_ROWS" "$REPORT_SUBJECTS" >"$WORK/claims.csv" <<'PY'
import random, sys, uuid
rows, subjects = int(sys.argv[1]), int(sys.argv[2])
categories = ["killed", "wounded", "casualties", "captured", "missing", "deployed"]
for _ in range(rows):
    s = random.randrange(subjects)
    print(f"{uuid.uuid4()},Bench subject {s},bench subject {s},{random.choice(categories)},"
          f"{random.randrange(100001)},exact,Volodymyr Zelensky,Interfax-Ukraine,"
          f"2025-{random.randint(1, 12):02d}-{random.randint(1, 28):02d},active,1,"
          "2025-12-31 00:00:00+00,bench,2025-12-31 00:00:00+00,bench")
PY
	psql "$PGURL" -X -q -c "drop table if exists casualty_claims.copy_ceiling" \
		-c "create table casualty_claims.copy_ceiling (like casualty_claims.claims including all)"
	local started ended
	started=$(date +%s.%N)
	psql "$PGURL" -X -q -c "\\copy casualty_claims.copy_ceiling (id, subject, subject_key, category, figure, qualifier, speaker, source, stated_on, status, version, created_at, created_by, updated_at, updated_by) from '$WORK/claims.csv' with (format csv)"
	ended=$(date +%s.%N)
	psql "$PGURL" -X -q -c "drop table casualty_claims.copy_ceiling"
	awk -v n="$COPY_ROWS" -v a="$started" -v b="$ended" 'BEGIN { printf "%.0f", n / (b - a) }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "-" }'; }

row() { # name, service figures, ceiling rps, ceiling name, target
	local name=$1 figures=$2 ceiling=$3 ceiling_name=$4 target=$5
	read -r rps p50 p99 errors <<<"$figures"
	printf '| %s | %s | %s ms | %s ms | %s | %s %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$errors" "$ceiling" "$ceiling_name" "$(ratio "$rps" "$ceiling")" "$target"
}

latest="$BASE_URL/api/v1/deltas/latest"
nginx_latest="http://127.0.0.1:$NGINX_PORT/api/v1/deltas/latest"

n200=$(measure "$CONNECTIONS" "$nginx_latest")
n304=$(measure "$CONNECTIONS" -H "If-None-Match: $NGINX_ETAG" "$nginx_latest")
ngz=$(measure "$CONNECTIONS" -H "Accept-Encoding: gzip" "$nginx_latest")
warm "$CONNECTIONS" "$latest"
s200=$(measure "$CONNECTIONS" "$latest")
warm "$CONNECTIONS" -H "If-None-Match: $ETAG" "$latest"
s304=$(measure "$CONNECTIONS" -H "If-None-Match: $ETAG" "$latest")
warm "$CONNECTIONS" -H "Accept-Encoding: gzip" "$latest"
sgz=$(measure "$CONNECTIONS" -H "Accept-Encoding: gzip" "$latest")
warm "$CONNECTIONS" "$BASE_URL/api/v1/series"
series=$(measure "$CONNECTIONS" "$BASE_URL/api/v1/series")
warm "$CONNECTIONS" "$BASE_URL/api/v1/deltas?subject=$SUBJECT_Q"
deltas=$(measure "$CONNECTIONS" "$BASE_URL/api/v1/deltas?subject=$SUBJECT_Q")
warm "$CONNECTIONS" "$BASE_URL/api/v1/claims?subject=$SUBJECT_Q&page=2&size=20"
listing=$(measure "$CONNECTIONS" "$BASE_URL/api/v1/claims?subject=$SUBJECT_Q&page=2&size=20")
pg_listing=$(pg_tps "$HERE/pgbench-listing.sql" -D "subject_key=$SUBJECT_KEY")
warm "$WRITE_CONNECTIONS" -s "$HERE/post-claim.lua" "$BASE_URL/api/v1/claims"
writes=$(measure "$WRITE_CONNECTIONS" -s "$HERE/post-claim.lua" "$BASE_URL/api/v1/claims")
pg_insert=$(pg_tps "$HERE/pgbench-insert.sql")
# the same transaction as a POST, statement for statement, taken from the service's source
python3 "$HERE/post-claim-sql.py" >"$WORK/post-claim.sql"
pg_post=$(PGOPTIONS="-c search_path=casualty_claims" pg_tps "$WORK/post-claim.sql" -D "subjects=${BENCH_SUBJECTS:-1000}")
warm "$REPORT_CONNECTIONS" -s "$HERE/post-report.lua" "$BASE_URL/api/v1/reports"
reports=$(measure "$REPORT_CONNECTIONS" -s "$HERE/post-report.lua" "$BASE_URL/api/v1/reports")
report_claims=$(awk -v n="$CLAIMS_PER_REPORT" '{ printf "%.0f %s %s %s", $1 * n, $2, $3, $4 }' <<<"$reports")
copy_claims=$(copy_rate)
# the service's resident memory, after the load
PORT=${BASE_URL##*:}
PID=${SERVICE_PID:-$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)}
RSS=$([ -n "$PID" ] && awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$PID/status" || echo "?")

echo
echo "| endpoint | requests/s | p50 | p99 | errors | ceiling (requests/s) | ratio | target |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
row "/deltas/latest 200" "$s200" "$(cut -d' ' -f1 <<<"$n200")" "nginx" ">= 50 %, p99 <= 20 ms"
row "/deltas/latest 304" "$s304" "$(cut -d' ' -f1 <<<"$n304")" "nginx 304" ">= 30 %"
row "/deltas/latest gzip" "$sgz" "$(cut -d' ' -f1 <<<"$ngz")" "nginx gzip_static" "-"
row "/series" "$series" "-" "" "p99 <= 20 ms"
row "/deltas?subject=X" "$deltas" "-" "" "p99 <= 20 ms"
row "/claims?subject=X&page=2&size=20" "$listing" "$pg_listing" "pgbench" ">= 50 %"
row "POST /claims ($WRITE_CONNECTIONS conn.)" "$writes" "$pg_insert" "pgbench insert" ">= 35 %, no errors"
row "POST /claims, against its own statements" "$writes" "$pg_post" "pgbench, a POST's SQL" "-"
row "POST /reports, claims/s ($REPORT_CONNECTIONS conn., $CLAIMS_PER_REPORT a report)" "$report_claims" "$copy_claims" "\\copy claims/s" ">= 20,000 claims/s and >= 30 %"
echo
echo "nginx: 200 p50/p99 $(cut -d' ' -f2,3 <<<"$n200" | sed 's/ / \/ /') ms, 304 p50/p99 $(cut -d' ' -f2,3 <<<"$n304" | sed 's/ / \/ /') ms; service RSS after load: $RSS"

# --- after the load: every series against a recount from the claims -----------
# (but the one pgbench's bare inserts fill: they bypass the service and its series)
check="select * from ($(sed 's/;[[:space:]]*$//' "$HERE/check-series.sql")) checked where subject_key <> 'benchmark inserts'"
mismatches=$(psql "$PGURL" -X -q -At -c "set search_path = casualty_claims" -c "select count(*) from ($check) mismatch" | tail -n1)
echo "series check (bench/check-series.sql): $mismatches series differ from a recount of the claims (0 expected)"
if [ "$mismatches" != 0 ]; then
	psql "$PGURL" -X -q -c "set search_path = casualty_claims" -c "$check order by 1, 2 limit 10"
fi
