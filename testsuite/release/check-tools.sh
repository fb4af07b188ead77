#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# check-tools.sh [CC] - a user's first minutes (issue 19): linkname-go and
# linkname-report answer -h, --help and --version in one form, exit 0 and
# carry the licence; linkname-report prints a table on a terminal and tab-
# separated lines into a pipe; the README's help command works as
# written; a CC that is not GCC is refused; config/apt-archive.sh reads
# both forms of apt sources, and no archive address is written in the
# tree.  Last line: "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
cc=${1:-gcc}
. "$top/testsuite/lib/tally.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
version=$(sed -n 's/^#define LN_VERSION "\(.*\)"/\1/p' include/linkname/options.h)
make -s CC="$cc" plugin >/dev/null || { bad "make CC=$cc plugin"; tally; exit 1; }
plugin=$(make -s CC="$cc" print-plugin)

for tool in linkname-go linkname-report; do
  bin=$(make -s CC="$cc" print-$tool)
  help=$("$bin" --help) && ok || bad "$tool --help exits $?"
  [[ $(head -n 1 <<<"$help") == "Usage: $tool [OPTION]... "* ]] && ok \
    || bad "$tool --help: first line '$(head -n 1 <<<"$help")', not 'Usage: $tool [OPTION]... ...'"
  grep -q -- '^  -h, --help ' <<<"$help" && grep -q -- '^  --version ' <<<"$help" && ok \
    || bad "$tool --help does not list -h, --help and --version"
  [ "$("$bin" -h)" = "$help" ] && ok || bad "$tool -h differs from --help"
  v=$("$bin" --version) && ok || bad "$tool --version exits $?"
  [ "$(sed -n 1p <<<"$v")" = "$tool (linkname) $version" ] && ok \
    || bad "$tool --version: '$(sed -n 1p <<<"$v")', not '$tool (linkname) $version'"
  [ "$(sed -n 2p <<<"$v")" = "Copyright (C) 2026 The linkname authors" ] \
    && [[ $(sed -n 3p <<<"$v") == "License GPLv3+: GNU GPL version 3 or later"* ]] && ok \
    || bad "$tool --version has no copyright and licence lines"
  "$bin" --bogus >/dev/null 2>"$tmp/err"; st=$?
  [ $st = 2 ] && grep -q "unknown option" "$tmp/err" && ok || bad "$tool --bogus: status $st, $(cat "$tmp/err")"
done

# The plugin's version carries the licence too.
out=$("$cc" -fplugin="$plugin" -fplugin-arg-linkname-version -fsyntax-only -x c /dev/null 2>&1)
grep -q '^License GPLv3+' <<<"$out" && ok || bad "-fplugin-arg-linkname-version: no licence line: $out"

# The README's help command, as written, with the plugin where GCC looks
# for it (-iplugindir, as after make install).
cmd=$(grep -m1 '^gcc -fplugin=linkname -fplugin-arg-linkname-help' README.md)
if [ -n "$cmd" ]; then
  mkdir -p "$tmp/plugindir" && ln -s "$plugin" "$tmp/plugindir/linkname.so"
  cmd=${cmd/#gcc /$cc -iplugindir=$tmp/plugindir }
  out=$(cd "$tmp" && eval "$cmd" 2>&1) && grep -q 'options (-fplugin-arg-linkname-KEY' <<<"$out" && ok \
    || bad "the README's help command ($cmd): $out"
else
  bad "README.md shows no 'gcc -fplugin=linkname -fplugin-arg-linkname-help' command"
fi

# linkname-report: tab-separated into a pipe; a header and aligned
# columns on a terminal (script(1) gives it one).
report=$(make -s CC="$cc" print-linkname-report)
printf 'static int h (int x) { return x; }\n#pragma linkname h pkg.LongTargetName\nint g;\n#pragma linkname g pkg.G\n' >"$tmp/r.c"
"$cc" -fplugin="$plugin" -c "$tmp/r.c" -o "$tmp/r.o" && ok || bad "compiling the report unit"
out=$("$report" "$tmp/r.o")
grep -q $'^h\tpkg.LongTargetName\tfunction\tpush\t' <<<"$out" && ! grep -q '^LOCAL' <<<"$out" && ok \
  || bad "linkname-report into a pipe is not tab-separated without a header: $out"
if command -v script >/dev/null; then
  out=$(script -qec "$report $tmp/r.o" /dev/null | tr -d '\r')
  if [[ $(head -n 1 <<<"$out") =~ ^LOCAL\ +SYMBOL\ +KIND\ +ROLE\ +THUNK\ +WHERE$ ]] \
     && ! grep -q $'\t' <<<"$out"; then
    col=$(head -n 1 <<<"$out" | awk '{ print index($0, "SYMBOL") }')
    rows=$(tail -n +2 <<<"$out" | awk -v c="$col" 'substr($0, c, 4) == "pkg." { n++ } END { print n + 0 }')
    [ "$rows" = 2 ] && ok || bad "linkname-report on a terminal: the SYMBOL column is not aligned: $out"
  else
    bad "linkname-report on a terminal: no header or tabs left: $out"
  fi
else
  bad "no script(1) (util-linux) to give linkname-report a terminal"
fi

# make CC=clang is refused with a message (clang: config/packages.txt).
if command -v clang >/dev/null; then
  out=$(make -s CC=clang plugin 2>&1) && bad "make CC=clang succeeded" \
    || { grep -q 'CC=clang is not GCC' <<<"$out" && ok || bad "make CC=clang: $out"; }
else
  bad "no clang to check that a non-GCC CC is refused"
fi

# The archive comes from the machine's apt sources, in both formats; no
# archive address is written in the tree.
mkdir -p "$tmp/apt1/sources.list.d" "$tmp/apt2/sources.list.d"
codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
printf 'deb-src http://src.example/debian %s main\ndeb [signed-by=/k.gpg] http://one.example/debian %s main\n' \
  "$codename" "$codename" >"$tmp/apt1/sources.list"
printf 'Types: deb\nURIs: http://sec.example/debian-security\nSuites: %s-security\n\nTypes: deb deb-src\nURIs: http://two.example/debian\nSuites: %s %s-updates\nComponents: main\n' \
  "$codename" "$codename" "$codename" >"$tmp/apt2/sources.list.d/debian.sources"
[ "$(APT_ETC=$tmp/apt1 bash config/apt-archive.sh)" = http://one.example/debian ] && ok \
  || bad "apt-archive.sh on a one-line sources.list"
[ "$(APT_ETC=$tmp/apt2 bash config/apt-archive.sh)" = http://two.example/debian ] && ok \
  || bad "apt-archive.sh on deb822 sources"
hits=$(git grep -nIE 'https?://(deb|ftp|security|httpredir)\.debian\.org|archive\.ubuntu\.com' 2>/dev/null)
[ -z "$hits" ] && ok || bad "archive addresses in the tree: $hits"

tally
[ "$failed" -eq 0 ]
