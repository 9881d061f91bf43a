#!/usr/bin/env bash
# Median and p90 latency of the series reads: 20 warm-up requests, then N timed ones
# (default 50) each, one at a time, with curl's time_total.
#   bench/latency.sh [base-url] [subject] [requests]
set -euo pipefail
base="${1:-http://127.0.0.1:18081}"
subject="${2:-Bench subject 42}"
requests="${3:-50}"
encoded="$(printf '%s' "$subject" | sed 's/ /%20/g')"

measure() {
	local name="$1" url="$2"
	shift 2
	for _ in $(seq 1 20); do curl -s -o /dev/null --max-time 30 "$@" "$url"; done
	for _ in $(seq 1 "$requests"); do
		curl -s -o /dev/null --max-time 30 -w '%{time_total}\n' "$@" "$url"
	done | sort -n | awk -v name="$name" '{ t[NR] = $1 } END {
		printf "%-34s median %6.1f ms   p90 %6.1f ms   (n=%d)\n", name, t[int((NR + 1) / 2)] * 1000, t[int(NR * 0.9)] * 1000, NR }'
}

measure "/deltas/latest" "$base/api/v1/deltas/latest"
tag="$(curl -s -D - -o /dev/null "$base/api/v1/deltas/latest" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')"
measure "/deltas/latest (304)" "$base/api/v1/deltas/latest" -H "If-None-Match: $tag"
measure "/deltas?subject=X" "$base/api/v1/deltas?subject=$encoded"
measure "/series" "$base/api/v1/series"
measure "/series?subject=X" "$base/api/v1/series?subject=$encoded"
