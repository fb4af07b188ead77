#!/bin/bash
# check-doc.sh - the manual builds without a makeinfo warning, the man page
# renders without a groff warning, and both name every plugin option and
# every linkname-go flag that the code has.  Last line: "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=build/check/doc
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { echo "FAIL: $*"; failed=$((failed + 1)); }

rm -rf "$out"
# make doc fails on any makeinfo warning and shows it.
if log=$(make -s -k doc DOC="$out" 2>&1); then ok; else bad "make doc: $log"; fi
for f in linkname.info linkname.html linkname.7; do
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
man=$(sed 's/\\-/-/g' doc/linkname.7.in)
keys=$(sed -n 's/^  { "\([a-z0-9-]*\)", .*/\1/p' plugin/core/options.c)
[ -n "$keys" ] || bad "no option keys found in plugin/core/options.c"
for k in $keys; do
  grep -q -- "-fplugin-arg-linkname-$k" doc/linkname.texi && ok \
    || bad "doc/linkname.texi does not describe -fplugin-arg-linkname-$k"
  grep -q -- "-fplugin-arg-linkname-$k" <<<"$man" && ok \
    || bad "doc/linkname.7.in does not name -fplugin-arg-linkname-$k"
done
flags=$(sed -n 's/^[[:space:]]*"  \(-[a-z-]*\) .*/\1/p' tools/linkname-go.c)
[ -n "$flags" ] || bad "no flags found in tools/linkname-go.c's usage"
for f in $flags; do
  grep -qF -- "[$f" doc/linkname.texi && ok || bad "doc/linkname.texi: no linkname-go [$f in the synopsis"
  grep -qF -- "[ $f" <<<"$man" && ok || bad "doc/linkname.7.in: no linkname-go [$f in the synopsis"
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

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
