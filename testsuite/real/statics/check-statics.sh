#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# check-statics.sh CC - real code with every static function pushed
# (issue 18): libbacktrace from Debian's gcc-12-source, built with its
# own warnings (WARN_FLAGS: -W -Wall -Wwrite-strings -Wstrict-prototypes
# -Wmissing-prototypes ...) plus -Wall -Werror, on which it is
# warning-free without the plugin.
#   1. configure and build the library without the plugin (-O2 -Werror:
#      it is warning-free; no -g), with -fkeep-static-functions so that
#      every static function is in the objects;
#   2. push-statics.py appends '#pragma linkname F lbt.FILE.F' for each
#      of the library's (its tests assert their own functions' names in
#      backtraces, which a push changes as an asm label would);
#   3. build again with the plugin, -Werror still, and run its own tests;
#      the pushed names must be global symbols of the library.
# A subset of its tests (CHECK_STATICS_TESTS) keeps the time small.
# Last line: "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
cc=${1:-gcc}
cd "$top"
. "$top/testsuite/real/source.sh"
gcc_source "$top" libbacktrace include config top || { echo "0 passed, 1 failed"; exit 1; }
plugin=$(make -s CC="$cc" print-plugin)
out=$top/build/real/$cc/statics
rm -rf "$out" && mkdir -p "$out/src" "$out/build"
. "$top/testsuite/lib/tally.sh"

cp -a "$gcc_src/libbacktrace" "$gcc_src/include" "$gcc_src/config" "$out/src/"
for f in $gcc_top_names; do cp -a "$gcc_src/$f" "$out/src/"; done
tests=${CHECK_STATICS_TESTS:-"btest stest ztest edtest ttest unittest"}
b=$out/build
flags="-O2 -g -Wall -Werror"
(cd "$b" && "$out/src/libbacktrace/configure" CC="$cc" CFLAGS="-O2 -g" \
   >configure.log 2>&1) || { bad "libbacktrace: configure"; tally; exit 1; }
build() {  # build LOG CC CFLAGS: the library and the test programs
  make -C "$b" -j2 CC="$2" CFLAGS="$3" check_PROGRAMS="$tests" TESTS= check \
    >"$b/$1" 2>&1
}
# Without the plugin only the library, without -g: what the check needs
# (its warnings at -O2, its static functions); the test programs are
# built under -Werror with the plugin below.
if make -C "$b" -j2 CC="$cc" CFLAGS="-O2 -Wall -Werror -fkeep-static-functions" \
     libbacktrace.la >"$b/plain.log" 2>&1; then
  ok
else
  bad "libbacktrace: the build without the plugin (-Werror), see $b/plain.log"
fi
n=$(python3 "$here/push-statics.py" lbt "$b" "$out/src/libbacktrace" --library)
echo "libbacktrace: $n pushed"
make -C "$b" clean >/dev/null 2>&1
if build plugin.log "$cc -fplugin=$plugin" "$flags"; then
  ok
else
  bad "libbacktrace: the build with every static pushed (-Werror), see $b/plugin.log"
fi
# The library's own static functions are now global symbols.
if nm --defined-only "$b/.libs/libbacktrace.a" 2>/dev/null \
   | grep -q ' T lbt\.dwarf\.'; then
  ok
else
  bad "libbacktrace: no pushed lbt.dwarf.* symbol in libbacktrace.a"
fi
for t in $tests; do
  if (cd "$b" && "./$t" >"$t.out" 2>&1); then ok; else bad "libbacktrace: $t"; fi
done
tally
[ $failed -eq 0 ]
