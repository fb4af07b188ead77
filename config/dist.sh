#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# dist.sh - make dist: build/linkname-VERSION.tar.gz, the files git tracks
# (as they are in the work tree) under linkname-VERSION/, reproducible:
# sorted, owned by root, dated by the last commit.  Prints its path.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
version=$(sed -n 's/^#define LN_VERSION "\(.*\)"/\1/p' include/linkname/options.h)
[ -n "$version" ] || { echo "linkname: no LN_VERSION in include/linkname/options.h" >&2; exit 1; }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 \
  || { echo "linkname: make dist needs the git checkout (it packs the tracked files)" >&2; exit 1; }
name=linkname-$version
out=$top/build/$name.tar.gz
mkdir -p build
date=$(git log -1 --format=%ct 2>/dev/null || date +%s)
git ls-files -z | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
  | tar --null -T - --sort=name --owner=0 --group=0 --numeric-owner \
      --mtime="@${SOURCE_DATE_EPOCH:-$date}" --transform="s|^|$name/|" -cf - \
  | gzip -n -9 >"$out.tmp"
mv "$out.tmp" "$out"
echo "$out"
