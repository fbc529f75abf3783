#!/usr/bin/env bash
# Debian's Chromium for the real-browser tests in tests/browser (driven by the `playwright`
# Python package through executable_path; `playwright install` is never run: no browser
# download). Called by `make test` (target browser-deps) before pytest.
#
# - Chromium already there (CHROMIUM, default /usr/bin/chromium): nothing to do.
# - Root with apt-get: install Debian's `chromium` package quietly (about 35 s).
# - Otherwise (not root, no apt-get, e.g. macOS): print one line and exit 0. The browser tests
#   then skip with that reason, except when CI=true, where they fail instead.
set -u
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "browser-deps: installing Debian's chromium for the browser tests (about 35 s) ..."
    export DEBIAN_FRONTEND=noninteractive
    log="$(mktemp)"
    if apt-get update -qq >"$log" 2>&1 \
        && apt-get install -y -qq --no-install-recommends chromium >>"$log" 2>&1 \
        && [ -x "$CHROMIUM" ]; then
        echo "browser-deps: chromium installed at $CHROMIUM"
        rm -f "$log"
        exit 0
    fi
    tail -n 5 "$log"
    rm -f "$log"
    echo "browser-deps: could not install chromium with apt-get; the browser tests (tests/browser) will skip (or fail when CI=true)."
    exit 0
fi
echo "browser-deps: no $CHROMIUM and cannot install it here (needs root and apt-get); the browser tests (tests/browser) will skip (or fail when CI=true). Set CHROMIUM=/path/to/chromium to use another build."
exit 0
