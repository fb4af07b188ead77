#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# install-deps.sh [LIST] - install the Debian packages of config/LIST
# (default packages.txt, what 'make check' needs; demo-packages.txt is
# what 'make demo' needs) that are missing.  Prints nothing when all are
# present.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# Inside the forky root (config/in-root.sh) the packages are those of
# config/root-packages.txt, installed when the root was made.
[ "${LINKNAME_IN_ROOT:-0}" = 1 ] && exit 0
missing=()
for p in $(sed -e 's/#.*//' "$here/${1:-packages.txt}"); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || {
    echo "linkname: missing Debian packages: ${missing[*]}; install them as root (apt-get install)" >&2
    exit 1
  }
  sudo=sudo
fi
echo "linkname: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
