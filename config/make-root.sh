#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# make-root.sh - the Debian testing (forky) root that 'make check' runs
# GCC 13 to 16, gccgo-15 and Go in (config/in-root.sh runs commands in it).
#
#   make-root.sh            create build/root-forky, or reuse it
#
# The root is created with debootstrap from Debian's archive, once: a stamp
# inside it holds the hash of the package names in config/root-packages.txt,
# and a root whose stamp differs (or that is incomplete) is deleted and
# made again.  Nothing
# is mounted: the root is a plain directory of files, which 'make clean'
# deletes.  Prints the root's path on success; on failure says why and
# exits 1.  Env: ROOT_MIRROR (default: the Debian archive of this
# machine's own apt sources, config/apt-archive.sh), ROOT_SUITE (default
# forky).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
root=$top/build/root-forky
suite=${ROOT_SUITE:-forky}
mirror=${ROOT_MIRROR:-}
list=$here/root-packages.txt
# The packages, not the comments, decide: sorted names, hashed.
pkgs=$(sed -e 's/#.*//' "$list" | tr -s ' \n' '\n' | sed '/^$/d' | sort -u)
want="$suite $(sha256sum <<<"$pkgs" | cut -d' ' -f1)"
stamp=$root/.linkname-root

die() { echo "linkname: cannot make the $suite root in $root: $*" >&2; exit 1; }

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "$root"
  exit 0
fi
command -v debootstrap >/dev/null || die "debootstrap is not installed (config/packages.txt)"
command -v bwrap >/dev/null || die "bwrap is not installed (package bubblewrap)"
[ "$(id -u)" -eq 0 ] || die "debootstrap needs root"
# A half-made or outdated root: remove it.  It is only files (bwrap
# mounts nothing on the host), but refuse to follow a mount point anyway.
if [ -e "$root" ]; then
  if grep -q " $root[/ ]" /proc/self/mounts; then
    die "something is mounted under $root; unmount it first"
  fi
  rm -rf --one-file-system "$root" || die "cannot remove the old root"
fi
if [ -z "$mirror" ]; then
  mirror=$(bash "$here/apt-archive.sh") || die "no archive in this machine's apt sources (set ROOT_MIRROR)"
fi
include=$(tr '\n' ',' <<<"$pkgs" | sed 's/,$//')
mkdir -p "$top/build"
log=$top/build/root-forky.log
echo "linkname: creating the $suite root ($root) from $mirror; log in $log" >&2
# debootstrap has no script named forky in Debian 12: testing's is sid's.
if ! debootstrap --variant=minbase --include="$include" "$suite" "$root" "$mirror" \
     /usr/share/debootstrap/scripts/sid >"$log" 2>&1; then
  tail -n 5 "$log" >&2
  rm -rf --one-file-system "$root"
  die "debootstrap failed (no network, or the archive changed; see $log)"
fi
rm -rf "$root/var/cache/apt/archives/"*.deb
echo "$want" >"$stamp"
echo "$root"
