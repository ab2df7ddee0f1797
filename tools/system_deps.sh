#!/usr/bin/env bash
# What `make test` needs from Debian besides Python: Chromium (tests/browser load the extension in
# it), PostgreSQL's server (tests/team start a throwaway cluster with initdb and pg_ctl) and node with
# npm (the extension's lint and unit tests). Each is installed when missing and this machine lets us
# (root with apt-get, as on a fresh developer machine and in CI); otherwise it says what to install.
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "installing from Debian: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "missing: ${missing[*]} -- run: sudo apt-get install ${missing[*]}" >&2
    echo "(without them the browser and team-library tests skip here; CI installs them and never skips)" >&2
fi
