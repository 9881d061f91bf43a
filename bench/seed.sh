#!/usr/bin/env bash
# Seeds N claims (default 1000) into N/50 series of an already migrated database
# (bench/bench.sh does everything, this is for seeding by hand).
#   bench/seed.sh [claims] [database]      e.g. bench/seed.sh 1000000 bench_series
# PGHOST, PGPORT, PGUSER, PGPASSWORD as for psql (defaults 127.0.0.1, 5432, postgres).
set -euo pipefail
claims="${1:-1000}"
database="${2:-bench_series}"
cd "$(dirname "$0")"
PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" \
	psql -X -q -d "$database" -v claims="$claims" -f seed.sql
