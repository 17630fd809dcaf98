#!/usr/bin/env bash
# The browser check of the self-assessment service: starts it on the sample system
# (examples/data) with a fresh database, then check.mjs opens every page in headless
# Chromium (axe-core: no WCAG 2.0, 2.1 or 2.2 A or AA violation; no Content-Security-
# Policy violation) and has a partner answer a sub-section with the keyboard only.
# Installs what it needs (Chromium, Node.js, the npm packages) when missing. Run from
# anywhere; screenshots go to $MHICS_BROWSER_OUT (default target/browser-web).
set -euo pipefail
cd "$(dirname "$0")/../../../.."

missing=()
command -v chromium > /dev/null || missing+=(chromium)
command -v node > /dev/null || missing+=(nodejs)
command -v npm > /dev/null || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq > /dev/null
    apt-get install -y -qq "${missing[@]}" > /dev/null
fi
(cd examples/web/tests/browser && npm ci --no-audit --no-fund --silent) || { echo "npm ci failed" >&2; exit 1; }
echo "browser check: starting the service"

cargo build --quiet -p mhics-web
out="${MHICS_BROWSER_OUT:-target/browser-web}"
mkdir -p "$out"
rm -f "$out"/service.db* "$out/server.log"
target/debug/mhics-web --db "$out/service.db" --bind 127.0.0.1:0 --sample examples/data > "$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -qs "^listening on" "$out/server.log" && break
    sleep 0.2
done
grep -qs "^listening on" "$out/server.log" || { cat "$out/server.log" >&2; exit 1; }
node examples/web/tests/browser/check.mjs "$out" "$out/server.log"
