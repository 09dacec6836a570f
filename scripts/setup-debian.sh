#!/usr/bin/env bash
# Debian packages the tests read: headless Chromium for the browser tests (tests/test_browser.py; Python Playwright
# drives it through executable_path, no browser is downloaded) and the WordNet 3.0 data files (wordnet-base:
# /usr/share/wordnet) that scripts/wordnet30.py reads to rebuild the generated data (tests/test_places30.py,
# tests/test_events_verbs13.py). Idempotent and quiet.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -f /usr/share/wordnet/data.noun ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "setup-debian: chromium or wordnet-base is missing; run as root (apt-get install chromium wordnet-base)" \
         "for the browser and WordNet tests" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core \
        wordnet-base; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "setup-debian: could not install chromium and wordnet-base" >&2
    exit 1
fi
rm -f "$log"
echo "setup-debian: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium) and wordnet-base"
