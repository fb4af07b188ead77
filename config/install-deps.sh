#!/bin/bash
# Install the Debian packages listed in config/packages.txt that are missing.
# Prints nothing when all are present.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# Inside the forky root (config/in-root.sh) the packages are those of
# config/root-packages.txt, installed when the root was made.
[ "${LINKNAME_IN_ROOT:-0}" = 1 ] && exit 0
missing=()
for p in $(sed -e 's/#.*//' "$here/packages.txt"); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "linkname: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
