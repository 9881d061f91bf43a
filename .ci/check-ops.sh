#!/usr/bin/env bash
# Checks the ops profile's files without starting anything: the compose file with
# `docker compose config` (which reads and validates it locally; no Docker engine needed),
# and the nginx configuration with `nginx -t`. Each check says so and is skipped where its
# tool is missing (on Debian: nginx-light, and docker-compose or Docker's compose plugin).
set -euo pipefail
cd "$(dirname "$0")/.."

# a throwaway key, so the check does not depend on the caller's environment
export CLAIMS_ADMIN_KEY=ci-check-key-0123456789
if docker compose version >/dev/null 2>&1; then
	docker compose --profile ops config -q
	echo "check-ops: docker compose config: ok"
elif command -v docker-compose >/dev/null 2>&1; then
	# Debian's docker-compose (1.29) reads the same file and profiles
	docker-compose --profile ops config -q
	echo "check-ops: docker-compose config: ok"
else
	echo "check-ops: SKIPPED docker compose config: neither the Docker compose plugin nor docker-compose is installed here"
fi

nginx_bin=$(command -v nginx || true)
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then
	nginx_bin=/usr/sbin/nginx
fi
if [ -n "$nginx_bin" ]; then
	# the upstream names resolve only on the compose network: test a copy that names
	# 127.0.0.1 instead, with everything else as checked in
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	sed -E 's/server (app|app-2):8080/server 127.0.0.1:8080/' ops/nginx/nginx.conf >"$dir/nginx.conf"
	if grep -qE 'server (app|app-2):' "$dir/nginx.conf"; then
		echo "check-ops: the upstream names were not replaced" >&2
		exit 1
	fi
	"$nginx_bin" -t -q -p "$dir" -c "$dir/nginx.conf"
	echo "check-ops: nginx -t: ok"
else
	echo "check-ops: SKIPPED nginx -t: nginx is not installed here"
fi
