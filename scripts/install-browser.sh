#!/usr/bin/env bash
# Installs Debian's Chromium for `npm run test:browser` when it is not there yet.
# Needs root (CI runs as root) and Debian's package registry.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "test:browser needs Chromium: run 'apt-get install chromium' as root (or with sudo) first" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null; }
chromium --version
