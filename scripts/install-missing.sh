#!/usr/bin/env bash
# Installs the Debian packages given as arguments that are not installed yet; nothing else.
# As root directly, otherwise through sudo. Usage: scripts/install-missing.sh NAME... (used by make)
set -euo pipefail
label=${LABEL:-install}
missing=()
for package in "$@"; do
  dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then echo "$label: $* already installed"; exit 0; fi
if [ "$(id -u)" -eq 0 ]; then sudo=""
elif command -v sudo >/dev/null 2>&1; then sudo="sudo"
else echo "$label: missing: ${missing[*]}; run 'make $label' as root to install them" >&2; exit 1
fi
echo "$label: installing ${missing[*]}"
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
