#!/usr/bin/env bash
# Lints the committed OpenAPI snapshot (src/test/resources/openapi/openapi.json, which a
# test keeps equal to what /v3/api-docs serves) with Spectral's OAS and OWASP API Security
# rulesets. Boots nothing; installs the pinned Spectral into lint/node_modules on first use.
# Exits non-zero on any error; warnings are printed and allowed.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/spectral ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error ../src/test/resources/openapi/openapi.json
