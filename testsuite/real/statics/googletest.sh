#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# googletest.sh CC - C++: googletest (Debian's googletest package, its
# sources in /usr/src/googletest) with every namespace-scope function of
# internal linkage pushed with the attribute (issue 18), as
# check-statics.sh does for libbacktrace in C.
#   1. gtest-all.cc (the whole library in one unit) is compiled without
#      the plugin with -Wall -Wextra -Werror, on which it is warning-free,
#      and -fkeep-static-functions;
#   2. push-statics.py --cxx writes [[gnu::linkname ("gt.FILE.F")]] after
#      the name of each 'static' or anonymous-namespace function that is
#      not a member, a template or inline (the plugin refuses those; the
#      pragma of C++ sees only the global namespace, where googletest
#      has none);
#   3. the library is compiled again with the plugin, -Werror still, and
#      every pushed name must be a global symbol of it; then four of its
#      own test programs (the filepath, printers and port tests and
#      gtest_unittest, 300 tests in all), built with the plugin at -O0
#      to keep the time small, must pass.
# Most of these functions return a std::string or a std::vector, which
# C++ returns by invisible reference and ABI0 has no form for: the
# plugin's warning for each (no thunk) is under -Wattributes, kept a warning
# with -Wno-error=attributes as a project under -Werror would; the other
# functions get their thunks.
# Last line: "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
cc=${1:-gcc}
cxx=${cc/gcc/g++}
gt=${GOOGLETEST_SRC:-/usr/src/googletest/googletest}
. "$top/testsuite/lib/tally.sh"
[ -f "$gt/src/gtest-all.cc" ] || { bad "no $gt: install googletest"; finish; }
cd "$top"
plugin=$(make -s CC="$cc" print-plugin)
out=$top/build/real/$cc/googletest
rm -rf "$out" && mkdir -p "$out/plain" "$out/build"
cp -a "$gt/src" "$gt/include" "$out/"
b=$out/build
inc="-I$out/include -I$out"
flags="-O2 -Wall -Wextra -Werror"
if $cxx $flags -fkeep-static-functions $inc -c "$out/src/gtest-all.cc" \
     -o "$out/plain/gtest-all.o" >"$b/plain.log" 2>&1; then
  ok
else
  bad "googletest: the build without the plugin (-Werror), see $b/plain.log"
  finish
fi
n=$(python3 "$here/push-statics.py" --cxx gt "$out/plain" "$out/src")
echo "googletest: $n pushed"
lt="$cxx -fplugin=$plugin -Wno-error=attributes"
if $lt $flags $inc -c "$out/src/gtest-all.cc" -o "$b/gtest-all.o" \
     >"$b/plugin.log" 2>&1 && ar rcs "$b/libgtest.a" "$b/gtest-all.o"; then
  ok
else
  bad "googletest: the build with every static pushed (-Werror), see $b/plugin.log"
  finish
fi
# Every pushed function is a global symbol: a static of gtest.cc and an
# anonymous-namespace function of gtest-printers.cc among them.
syms=$(nm --defined-only "$b/libgtest.a" 2>/dev/null)
if [ "$(grep -v '\.abi0$' <<<"$syms" | grep -c ' T gt\.')" = "${n%% *}" ] \
   && grep -q ' T gt\..*\.abi0$' <<<"$syms" \
   && grep -q ' T gt\.gtest\.FormatCountableNoun$' <<<"$syms" \
   && grep -q ' T gt\.gtest_printers\.IsValidUTF8$' <<<"$syms"; then
  ok
else
  bad "googletest: not ${n%% *} global gt.* symbols in libgtest.a"
fi
tflags="-O0 -Wall -Wextra -Werror $inc"
$lt $tflags -c "$out/src/gtest_main.cc" -o "$b/gtest_main.o" >"$b/main.log" 2>&1
for t in googletest-filepath-test googletest-printers-test googletest-port-test \
         gtest_unittest; do
  if $lt $tflags "$gt/test/$t.cc" "$b/gtest_main.o" "$b/libgtest.a" -o "$b/$t" \
       >"$b/$t.log" 2>&1 && (cd "$b" && "./$t" >"$t.out" 2>&1); then
    ok
  else
    bad "googletest: $t, see $b/$t.log and $b/$t.out"
  fi
done
finish
