#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# libiberty.sh CC - libiberty from Debian's gcc-12-source with every
# static function pushed (issue 18), as check-statics.sh does for
# libbacktrace.  The library is built with its own warnings (-W -Wall
# -Wwrite-strings -Wc++-compat -Wstrict-prototypes -Wshadow=local
# -pedantic) plus -Wall -Werror, on which it is warning-free without the
# plugin:
#   1. configure, build the library without the plugin (-Werror) with
#      -fkeep-static-functions, so that every static function is in the
#      objects;
#   2. push-statics.py appends '#pragma linkname F liberty.FILE.F' for
#      each (FILE with '_' for '-': liberty.cp_demangle.d_print_comp);
#   3. build the library again with the plugin, -Werror still; the pushed
#      names, and their ABI0 thunks, must be global symbols of
#      libiberty.a; then build and run its
#      own testsuite (make check's six targets: the three demangler test
#      files, pexecute, expandargv, strtol).
# Its test programs are not warning-free under -Wall (test-strtol.c:
# -Wmaybe-uninitialized, test-pexecute.c: -Wformat-truncation), so they
# get -Werror except for those two warnings.  They are built once, with
# the plugin; their own functions are not pushed.
# Last line: "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
cc=${1:-gcc}
cd "$top"
. "$top/testsuite/real/source.sh"
gcc_source "$top" libiberty include top || { echo "0 passed, 1 failed"; exit 1; }
plugin=$(make -s CC="$cc" print-plugin)
out=$top/build/real/$cc/libiberty
rm -rf "$out" && mkdir -p "$out/src" "$out/build"
. "$top/testsuite/lib/tally.sh"

cp -a "$gcc_src/libiberty" "$gcc_src/include" "$out/src/"
for f in $gcc_top_names; do cp -a "$gcc_src/$f" "$out/src/"; done
b=$out/build
flags="-O2 -Wall -Werror"
(cd "$b" && "$out/src/libiberty/configure" CC="$cc" CFLAGS="-O2" \
   >configure.log 2>&1) || { bad "libiberty: configure"; finish; }
if make -C "$b" -j2 CFLAGS="$flags -fkeep-static-functions" >"$b/plain.log" 2>&1
then
  ok
else
  bad "libiberty: the build without the plugin (-Werror), see $b/plain.log"
fi
n=$(python3 "$here/push-statics.py" liberty "$b" "$out/src/libiberty")
echo "libiberty: $n pushed"
make -C "$b" clean >/dev/null 2>&1
if make -C "$b" -j2 CC="$cc -fplugin=$plugin" CFLAGS="$flags" \
     >"$b/plugin.log" 2>&1; then
  ok
else
  bad "libiberty: the build with every static pushed (-Werror), see $b/plugin.log"
  finish
fi
# Its static functions are now global symbols, each with its ABI0 thunk:
# the demangler's too.
syms=$(nm --defined-only "$b/libiberty.a" 2>/dev/null | grep ' T liberty\.')
if [ "$(grep -vc '\.abi0$' <<<"$syms")" = "${n%% *}" ] \
   && [ "$(grep -c '\.abi0$' <<<"$syms")" = "${n%% *}" ] \
   && grep -q ' T liberty\.cp_demangle\.d_print_comp$' <<<"$syms"; then
  ok
else
  bad "libiberty: not ${n%% *} global liberty.* symbols and thunks in libiberty.a"
fi
tflags="$flags -Wno-error=maybe-uninitialized -Wno-error=format-truncation"
for t in check-cplus-dem check-d-demangle check-rust-demangle check-pexecute \
         check-expandargv check-strtol; do
  if make -C "$b/testsuite" CC="$cc -fplugin=$plugin" CFLAGS="$tflags" "$t" \
       >"$b/$t.log" 2>&1; then
    ok
  else
    bad "libiberty: $t, see $b/$t.log"
  fi
done
finish
