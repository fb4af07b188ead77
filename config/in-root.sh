#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# in-root.sh CMD [ARG...] - run CMD inside the forky root (make-root.sh)
# with bwrap: the root as /, a private /dev (ptys included, for expect),
# /proc and /tmp, and this tree bound at its own path so that every path
# means the same inside and out.  Nothing is mounted on the host; when
# CMD ends nothing is left behind.  The current directory is kept when it
# lies in the tree, else the tree's top.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
root=$top/build/root-forky
[ -f "$root/.linkname-root" ] || {
  echo "linkname: no root in $root (bash config/make-root.sh makes it)" >&2
  exit 127
}
dir=$PWD
case $dir/ in "$top"/*) ;; *) dir=$top ;; esac
exec bwrap --bind "$root" / --dev /dev --proc /proc --tmpfs /tmp \
  --bind "$top" "$top" --ro-bind-try /etc/resolv.conf /etc/resolv.conf \
  --die-with-parent --chdir "$dir" \
  --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --setenv HOME /tmp --setenv LINKNAME_IN_ROOT 1 \
  "$@"
