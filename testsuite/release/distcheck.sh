#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# distcheck.sh [CC] - make distcheck: make dist, unpack the tarball in
# build/distcheck/, and there build the plugin and the tools for CC
# (default gcc), run the unit tests, the manual's checks and the
# plugin's hygiene tests (DejaGnu linkname.plugin: options, make install,
# the short name), install into a DESTDIR, check that every file is where
# the layout says, and that make uninstall leaves no file behind.
# Last line: "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cc=${1:-gcc}
. "$top/testsuite/lib/tally.sh"

tarball=$(bash "$top/config/dist.sh") && [ -s "$tarball" ] && ok || { bad "make dist"; finish; }
work=$top/build/distcheck
rm -rf "$work" && mkdir -p "$work"
tar -xzf "$tarball" -C "$work" && ok || { bad "unpacking $tarball"; finish; }
src=$work/$(basename "$tarball" .tar.gz)
[ -d "$src" ] && ok || { bad "the tarball has no $(basename "$src")/"; finish; }
[ ! -e "$src/build" ] && [ ! -e "$src/.git" ] && ok || bad "the tarball holds build/ or .git"
for f in COPYING README.md Makefile doc/linkname.texi debian/control; do
  [ -f "$src/$f" ] && ok || bad "the tarball has no $f"
done
cd "$src"
log=$work/build.log
make -s CC="$cc" plugin doc >"$log" 2>&1 && ok || { bad "build (see $log)"; tail -n 20 "$log"; finish; }
out=$(make -s CC="$cc" unit 2>&1)
[[ $(tail -n1 <<<"$out") =~ [0-9]+\ passed,\ 0\ failed ]] && ok || bad "unit tests: $(tail -n3 <<<"$out")"
out=$(bash testsuite/doc/check-doc.sh 2>&1)
[[ $(tail -n1 <<<"$out") =~ [0-9]+\ passed,\ 0\ failed ]] && ok || bad "manual checks: $(grep FAIL <<<"$out")"
plugin=$(make -s CC="$cc" print-plugin)
mkdir -p build/check/plugin
if (cd build/check/plugin && runtest --tool linkname --srcdir "$src/testsuite" \
      CC="$cc" PLUGIN="$plugin" plugin.exp >runtest.out 2>&1) \
   && ! grep -qE '^(FAIL|ERROR|UNRESOLVED):' build/check/plugin/linkname.sum; then ok
else bad "DejaGnu linkname.plugin: $(grep -E '^(FAIL|ERROR|UNRESOLVED):' build/check/plugin/linkname.sum)"; fi

stage=$work/stage
plugindir=$("$cc" -print-file-name=plugin)
make -s CC="$cc" install DESTDIR="$stage" prefix=/usr >"$log" 2>&1 && ok || { bad "make install: $(tail -n5 "$log")"; finish; }
for f in "$plugindir/linkname.so" /usr/bin/linkname-go /usr/bin/linkname-report \
  /usr/share/man/man7/linkname.7 /usr/share/man/man1/linkname-go.1 \
  /usr/share/man/man1/linkname-report.1 /usr/share/info/linkname.info \
  /usr/share/doc/linkname/linkname.html; do
  [ -f "$stage$f" ] && ok || bad "make install did not install $f"
done
"$stage/usr/bin/linkname-report" --version | grep -q '^License GPLv3+' && ok || bad "installed linkname-report --version"
make -s CC="$cc" uninstall DESTDIR="$stage" prefix=/usr >"$log" 2>&1 && ok || bad "make uninstall: $(tail -n5 "$log")"
left=$(find "$stage" ! -type d)
[ -z "$left" ] && ok || bad "make uninstall left files behind: $left"
finish
