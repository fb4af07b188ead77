#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# check-real.sh CC - the plugin on real code (make check-real).
#
# zlib, from Debian's gcc-12-source: every file is compiled with and
# without -fplugin under several option sets and the objects must be
# byte-identical (cmp); then zlib is built with the plugin and its own
# tests (example, and a minigzip round trip) must pass.  Then the libgo
# comparison (libgo/compare.sh); for gcc-12, libbacktrace, libiberty and
# googletest with every static function pushed (statics/).  Last line:
# "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cc=${1:-gcc}
cd "$top"
. "$here/source.sh"
# All that the parts below use, in one tar run (each run decompresses the
# whole tarball).
gcc_source "$top" zlib libgo/runtime libgo/go/runtime libbacktrace libiberty \
  include config top || { echo "0 passed, 1 failed"; exit 1; }
plugin=$(make -s CC="$cc" print-plugin)
out=$top/build/real/$cc
rm -rf "$out" && mkdir -p "$out"
. "$top/testsuite/lib/tally.sh"

zlib=$gcc_src/zlib
lib="adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback
     inffast inflate inftrees trees uncompr zutil"
defs="-D_LARGEFILE64_SOURCE=1 -DHAVE_UNISTD_H -DHAVE_STDARG_H -I$zlib"
# REAL_TORTURE=quick (make check, for most compilers): two of the four.
zlib_sets=("-O2" "-O0" "-O3 -fPIC" "-Os -g -gno-record-gcc-switches")
[ "${REAL_TORTURE:-full}" = quick ] && zlib_sets=("-O2" "-Os -g -gno-record-gcc-switches")
for opts in "${zlib_sets[@]}"; do
  d=$out/cmp/${opts// /_}
  mkdir -p "$d"
  for f in $lib example minigzip; do
    $cc $defs $opts -c "$zlib/$f.c" -o "$d/$f.plain.o" 2>"$d/$f.plain.err"
    $cc -fplugin="$plugin" $defs $opts -c "$zlib/$f.c" -o "$d/$f.plugin.o" \
      2>"$d/$f.plugin.err"
    if [ -s "$d/$f.plain.o" ] && cmp -s "$d/$f.plain.o" "$d/$f.plugin.o" \
       && cmp -s "$d/$f.plain.err" "$d/$f.plugin.err"; then
      ok
    else
      bad "zlib $f.c $opts: objects or messages differ with the plugin"
    fi
  done
done

# zlib's own tests, built with the plugin (native compilers only).
case $($cc -dumpmachine) in "$(uname -m)"-*) native=1 ;; *) native=0 ;; esac
if [ $native = 1 ]; then
  b=$out/build
  mkdir -p "$b"
  objs=
  for f in $lib; do
    $cc -fplugin="$plugin" $defs -O2 -c "$zlib/$f.c" -o "$b/$f.o" && objs="$objs $b/$f.o"
  done
  ar rcs "$b/libz.a" $objs
  for t in example minigzip; do
    $cc -fplugin="$plugin" $defs -O2 "$zlib/$t.c" "$b/libz.a" -o "$b/$t" \
      || bad "zlib: building $t"
  done
  if (cd "$b" && ./example >example.out 2>&1); then ok; else bad "zlib example"; fi
  head -c 300000 "$zlib/deflate.c" "$zlib/inflate.c" >"$b/data"
  if "$b/minigzip" -c "$b/data" | "$b/minigzip" -d -c | cmp -s - "$b/data"; then
    ok
  else
    bad "zlib minigzip round trip"
  fi
fi

res=$(bash "$here/libgo/compare.sh" "$cc" "$plugin" "$gcc_src" "$out/libgo")
echo "$res" | grep -E '^(FAIL|libgo)'
if [[ $(tail -n1 <<<"$res") =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
  passed=$((passed + BASH_REMATCH[1])) failed=$((failed + BASH_REMATCH[2]))
else
  bad "libgo comparison"
fi
# Real libraries with every static function pushed, their own tests run
# (issue 18): libbacktrace (statics/check-statics.sh), libiberty
# (statics/libiberty.sh) and googletest, C++ (statics/googletest.sh);
# gcc-12 only, to keep make check short.
if [ "$cc" = gcc-12 ]; then
  for s in check-statics:libbacktrace libiberty:libiberty googletest:googletest; do
    res=$(bash "$here/statics/${s%%:*}.sh" "$cc")
    echo "$res" | grep -E "^(FAIL|${s#*:})"
    if [[ $(tail -n1 <<<"$res") =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
      passed=$((passed + BASH_REMATCH[1])) failed=$((failed + BASH_REMATCH[2]))
    else
      bad "${s#*:} with every static pushed"
    fi
  done
fi
tally
[ $failed -eq 0 ]
