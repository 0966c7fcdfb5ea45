#!/usr/bin/env bash
# Shared set-up for scripts/demo.sh and scripts/test.sh: a virtualenv in .venv with tracker installed.
# Installs Debian packages only when something is missing (needs root or sudo then).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian packages: $*" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need=()
command -v python3 >/dev/null || need+=(python3)
python3 -c "import venv, ensurepip" 2>/dev/null || need+=(python3-venv)
for pkg in "$@"; do
  case "$pkg" in
    dovecot-imapd) command -v dovecot >/dev/null || need+=(dovecot-imapd) ;;
    dbus-daemon) command -v dbus-daemon >/dev/null || need+=(dbus-daemon) ;;
    openssl) command -v openssl >/dev/null || need+=(openssl) ;;
    *) need+=("$pkg") ;;
  esac
done
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
