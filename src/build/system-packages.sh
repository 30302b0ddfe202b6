#!/usr/bin/env bash
# Makes sure the Debian packages CodeRise needs on this host are present.
# As root with apt-get it installs them; otherwise it stops with the exact command to run.
# Usage: system-packages.sh SKIP_BROWSER_TESTS(true|false)
set -euo pipefail
skip_browser=${1:-false}

needed=()
command -v bwrap >/dev/null || needed+=(bubblewrap)
[ -x /usr/bin/tini ] || needed+=(tini)
[ -x /usr/bin/python3 ] || needed+=(python3)
[ -x /usr/bin/node ] || needed+=(nodejs)
[ -x /usr/bin/gcc ] || needed+=(gcc libc6-dev)
if [ "$skip_browser" != "true" ]; then
  [ -x /usr/bin/chromium ] || needed+=(chromium)
  [ -x /usr/bin/chromedriver ] || needed+=(chromium-driver)
fi
[ ${#needed[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "CodeRise: installing system packages: ${needed[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
else
  echo "CodeRise needs these system packages: ${needed[*]}" >&2
  echo "Install them with:  sudo apt-get install -y ${needed[*]}" >&2
  exit 1
fi
