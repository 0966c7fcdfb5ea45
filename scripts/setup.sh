#!/usr/bin/env bash
# Shared set-up for scripts/demo.sh and scripts/test.sh: a virtualenv in .venv with tracker
# installed (`--extras test`: with what the tests need). Installs Debian packages only when
# something is missing (needs root or sudo then). Quiet when it works: the output of apt and
# pip is shown only when they fail.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
if [ "${1:-}" = "--extras" ]; then
  extras="[$2]"
  shift 2
fi

# Run a command with its output kept aside; on failure, show it all (on stderr) and fail.
quietly() {
  local log status=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || status=$?
  [ "$status" -eq 0 ] || { echo "failed: $*" >&2; cat "$log" >&2; }
  rm -f "$log"
  return "$status"
}

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian packages: $*" >&2
  quietly $sudo apt-get update -qq
  quietly $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

need=()
command -v python3 >/dev/null || need+=(python3)
python3 -c "import venv, ensurepip" 2>/dev/null || need+=(python3-venv)
for pkg in "$@"; do
  case "$pkg" in
    dovecot-imapd) command -v dovecot >/dev/null || need+=(dovecot-imapd) ;;
    dbus-daemon) command -v dbus-daemon >/dev/null || need+=(dbus-daemon) ;;
    openssl) command -v openssl >/dev/null || need+=(openssl) ;;
    # Debian keeps initdb and postgres out of PATH, in /usr/lib/postgresql/<major>/bin
    postgresql) { command -v initdb || compgen -G '/usr/lib/postgresql/*/bin/initdb'; } >/dev/null \
                  || need+=(postgresql) ;;
    *) need+=("$pkg") ;;
  esac
done
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

if [ ! -x .venv/bin/python ]; then
  quietly python3 -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
# A newer pip is welcome, not needed (offline, the one the venv came with does): no failure here.
quietly .venv/bin/python -m pip install --upgrade pip 2>/dev/null || true
quietly .venv/bin/python -m pip install -e ".$extras"
