#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# compare.sh CC PLUGIN GCC_SRC OUT - libgo's C files with asm labels vs.
# the same files with '#pragma linkname' (rewrite.py), compiled with the
# plugin: the objects must define and reference exactly the same symbols,
# with the same types and bindings (nm).  The ABI0 thunks are off
# (abi0=no): with them each pushed function also gets TARGET.abi0, which
# the asm labels never had.  config.h and runtime.inc here
# stand in for the generated headers.  Native x86-64 only: runtime.inc's
# layouts are that target's.  -std=gnu17: GCC 12's libgo is C17 code
# (runtime.h defines bool, true and false, keywords in C23, the default of
# GCC 15 and later).
set -u
here=$(cd "$(dirname "$0")" && pwd)
cc=$1 plugin=$2 src=$3/libgo/runtime out=$4
if [ "$($cc -dumpmachine)" != x86_64-linux-gnu ]; then
  echo "0 passed, 0 failed"
  exit 0
fi
files="go-nanotime go-now go-memclr go-memequal go-memmove go-setenv
       go-unsetenv go-fieldtrack go-varargs print runtime_c"
rm -rf "$out" && mkdir -p "$out/orig" "$out/rw"
labels=0 hlabels=0
for h in "$src"/*.h; do
  hlabels=$((hlabels + $(python3 "$here/rewrite.py" "$h" "$out/rw/${h##*/}")))
done
passed=0 failed=0 syms=0
for f in $files; do
  n=$(python3 "$here/rewrite.py" "$src/$f.c" "$out/rw/$f.c")
  labels=$((labels + n))
  for o in -O0 -O2; do
    $cc -std=gnu17 $o -I"$here" -c "$src/$f.c" -o "$out/orig/$f$o.o" 2>"$out/orig/$f$o.err"
    $cc -std=gnu17 -fplugin="$plugin" -fplugin-arg-linkname-abi0=no $o -I"$out/rw" \
      -I"$here" -c "$out/rw/$f.c" \
      -o "$out/rw/$f$o.o" 2>"$out/rw/$f$o.err"
    nm -P "$out/orig/$f$o.o" 2>/dev/null | awk '{ print $1, $2 }' | sort >"$out/orig/$f$o.nm"
    nm -P "$out/rw/$f$o.o" 2>/dev/null | awk '{ print $1, $2 }' | sort >"$out/rw/$f$o.nm"
    if [ -s "$out/orig/$f$o.nm" ] && cmp -s "$out/orig/$f$o.nm" "$out/rw/$f$o.nm"; then
      passed=$((passed + 1))
      [ $o = -O2 ] && syms=$((syms + $(grep -c ' [A-Zv] \?' "$out/orig/$f$o.nm")))
    else
      failed=$((failed + 1))
      echo "FAIL: libgo $f.c $o: symbols differ"
      diff "$out/orig/$f$o.nm" "$out/rw/$f$o.nm" | head -10
      cat "$out/rw/$f$o.err" | head -5
    fi
  done
done
echo "libgo: $labels asm labels in $(echo $files | wc -w) files and $hlabels in the headers rewritten as pragmas; $syms defined and undefined global symbols compared at -O2"
echo "$passed passed, $failed failed"
