#!/usr/bin/env bash
# Headless Chromium for the browser tests (tests/test_browser.py), from Debian's packages.
# Python Playwright drives it through executable_path; no browser is downloaded. Idempotent and quiet.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "setup-browser: /usr/bin/chromium is missing; run as root (apt-get install chromium) for the browser tests" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "setup-browser: could not install chromium" >&2
    exit 1
fi
rm -f "$log"
echo "setup-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
