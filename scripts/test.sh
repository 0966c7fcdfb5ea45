#!/usr/bin/env bash
# The second command of the README, and what CI runs: install everything the tests need
# (Debian: Dovecot, dbus-daemon, openssl, PostgreSQL; Python: the project and its test extras), then run
# ruff, mypy, the import contracts and the whole pytest suite (in a foreign locale and time zone,
# so that nothing works by luck).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --extras test dovecot-imapd dbus-daemon openssl postgresql
echo "== ruff"; .venv/bin/ruff check tracker tests bench migrations scripts
echo "== mypy (tracker, tests, bench, scripts)"; .venv/bin/mypy
echo "== import contracts"
# The full report only when a contract is broken (then the script stops here, failing).
if ! report=$(.venv/bin/lint-imports --no-cache 2>&1); then
  echo "$report"
  exit 1
fi
echo "kept"
echo "== pytest"
LANG=fr_FR.UTF-8 LC_ALL= TZ=Pacific/Kiritimati exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
