#!/usr/bin/env bash
# Installs what the build and the tests need and a fresh machine may lack: Node.js and npm (the front end is
# built by the ordinary build), Debian's Chromium (browser tests drive it; no browser is downloaded) and Debian's
# PostgreSQL server programs (the PostgreSQL tests start a private, throwaway cluster from them), and libxml2's
# xmllint (the exchange tests validate QTI exports against the official IMS schemas with it).
set -euo pipefail

need=()
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
[ -x /usr/bin/chromium ] || need+=(chromium)
# Any major version will do: the tests look for /usr/lib/postgresql/<version>/bin themselves.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)

if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need[@]}" fonts-dejavu-core
fi

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (see global.json)." >&2; exit 1; }
