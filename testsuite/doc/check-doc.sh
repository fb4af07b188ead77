#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# check-doc.sh - the manual builds without a makeinfo warning, the man page
# renders without a groff warning, and both name every plugin option and
# every linkname-go flag that the code has.  Last line: "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=build/check/doc
. "$top/testsuite/lib/tally.sh"

rm -rf "$out"
# make doc fails on any makeinfo warning and shows it.
if log=$(make -s -k doc DOC="$out" 2>&1); then ok; else bad "make doc: $log"; fi
for f in linkname.info linkname.html linkname.7 linkname-go.1 linkname-report.1; do
  if [ -s "$out/$f" ]; then ok; else bad "make doc did not write $f"; fi
done

version=$(sed -n 's/^#define LN_VERSION "\(.*\)"/\1/p' include/linkname/options.h)
grep -q "linkname $version" "$out/linkname.7" && ok || bad "linkname.7 is not for version $version"
grep -aq "version $version" "$out/linkname.info" && ok || bad "linkname.info is not for version $version"

if command -v groff >/dev/null; then
  warn=$(groff -man -ww -z -Tutf8 "$out/linkname.7" 2>&1)
  if [ -z "$warn" ]; then ok; else bad "groff warns on linkname.7: $warn"; fi
else
  bad "no groff (Debian groff-base) to render linkname.7"
fi

# Every key of options.c's table, and every flag of linkname-go's usage,
# in the manual and in the man page (where '-' is written '\-').
man=$(sed 's/\\-/-/g' "$out/linkname.7")
keys=$(sed -n 's/^  { "\([a-z0-9-]*\)", .*/\1/p' plugin/core/options.c)
[ -n "$keys" ] || bad "no option keys found in plugin/core/options.c"
for k in $keys; do
  grep -q -- "-fplugin-arg-linkname-$k" doc/linkname.texi && ok \
    || bad "doc/linkname.texi does not describe -fplugin-arg-linkname-$k"
  grep -q -- "-fplugin-arg-linkname-$k" <<<"$man" && ok \
    || bad "linkname.7 does not name -fplugin-arg-linkname-$k"
done
# (--help and --version: every tool's, said once in each page.)
flags=$(sed -n 's/^[[:space:]]*"  \(-[a-z-]*\) .*/\1/p' tools/linkname-go.c | grep -v -- '^--\(help\|version\)$')
[ -n "$flags" ] || bad "no flags found in tools/linkname-go.c's usage"
for f in $flags; do
  grep -qF -- "[$f" doc/linkname.texi && ok || bad "doc/linkname.texi: no linkname-go [$f in the synopsis"
  grep -qF -- "[ $f" <<<"$man" && ok || bad "linkname.7: no linkname-go [$f in the synopsis"
done

# The option index: an @opindex for every plugin key and every flag of
# linkname-go.
for k in $keys; do
  grep -q -- "^@opindex fplugin-arg-linkname-$k\$" doc/linkname.texi && ok \
    || bad "doc/linkname.texi: no @opindex fplugin-arg-linkname-$k"
done
for f in $flags; do
  grep -q -- "^@opindex linkname-go $f\$" doc/linkname.texi && ok \
    || bad "doc/linkname.texi: no @opindex linkname-go $f"
done

# The tools' man pages are made from their --help: each page exists,
# renders without a warning and names each option its --help lists.
for tool in linkname-go linkname-report; do
  page=$out/$tool.1
  [ -s "$page" ] || { bad "make doc did not write $tool.1"; continue; }
  warn=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
  [ -z "$warn" ] && ok || bad "groff warns on $tool.1: $warn"
  bin=$(make -s print-$tool)
  opts=$("$bin" --help | sed -n 's/^  \(-[a-z-]*\).*/\1/p')
  [ -n "$opts" ] || bad "$tool --help lists no options"
  text=$(sed 's/\\-/-/g' "$page")
  for o in $opts; do
    grep -qF -- "$o" <<<"$text" && ok || bad "$tool.1 does not name $o (its --help does)"
  done
done

# The call classes: the manual lists exactly the libc functions a proof
# may call (plugin/core/callclass.c's two lists), and its margin.
libc=$(sed -n '/^const char \*const ln_cc_libc_\(un\)\?bounded\[\] = {/,/^};/p' plugin/core/callclass.c \
  | sed 's|/\*.*\*/||' | grep -o '"[^"]*"' | tr -d '"')
[ -n "$libc" ] || bad "no libc list found in plugin/core/callclass.c"
for f in $libc; do
  grep -qF -- "@code{$f}" doc/linkname.texi && ok || bad "doc/linkname.texi (Call classes) does not list $f"
done
margin=$(sed -n 's/^#define LN_CC_LIBC_MARGIN \([0-9]*\)/\1/p' include/linkname/callclass.h)
grep -q "plus $margin at the end of a chain" doc/linkname.texi && ok \
  || bad "doc/linkname.texi (Call classes) does not give the libc margin $margin"

tally
[ "$failed" -eq 0 ]
