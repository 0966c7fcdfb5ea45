#!/usr/bin/env bash
# The first command of the README: install tracker in .venv and show it at work on the bundled
# sample mailbox (embedded SQLite in a temporary file; no server, no configuration).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/tracker demo "$@"
