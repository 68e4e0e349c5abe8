#!/usr/bin/env bash
# Install headless Chromium (Debian package `chromium`) for the browser tests (the evidence page,
# the review site, the UI `raceresults serve` prints) when it is missing; `make test-all` runs it.
# Never fails the build: where it cannot be installed (no root, no apt), the browser tests skip
# and say why.
set -u
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium is missing and cannot be installed here (needs root and apt-get):" \
        "the browser tests will be skipped" >&2
    exit 0
fi
echo "installing chromium for the browser tests (apt-get install -y chromium)" >&2
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
    >/dev/null 2>&1; then
    echo "apt-get could not install chromium: the browser tests will be skipped" >&2
fi
exit 0
