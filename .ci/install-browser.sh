#!/usr/bin/env bash
# Installs Debian's Chromium and its chromedriver for the dashboard's browser tests
# (Maven profile "browser", active when /usr/bin/chromium exists). Does nothing when
# both are there; without root or apt-get it says so and leaves the browser tests off.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
	exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
	echo "install-browser: no chromium and no root apt-get here; the browser tests will not run" >&2
	exit 0
fi
echo "install-browser: installing chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver
