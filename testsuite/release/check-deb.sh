#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# check-deb.sh [--build-only] [CC] - the Debian package, as a user gets it.
#
# Builds the package for CC's GCC (default gcc) from the dist tarball in
# build/deb/ (dpkg-buildpackage -us -uc -b, debian/); checks that it
# depends on exactly the gcc-N version it was built for, and that lintian
# finds no error.  Then installs it with apt into a fresh copy of a
# minimal root of this machine's own Debian suite (debootstrap, from the
# archive of the machine's apt sources, config/apt-archive.sh; made once
# in build/root-deb-SUITE/ and reused while its package list is the
# same), run with bwrap, and there compiles the README's example with
# gcc -fplugin=linkname, reads its report with linkname-report and runs
# linkname-go from PATH.  The forky root of config/make-root.sh is not
# touched.  Last line: "N passed, N failed".  Needs root (debootstrap,
# apt in the root) and the network the first time.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build_only=0
[ "${1:-}" = --build-only ] && { build_only=1; shift; }
cc=${1:-gcc}
. "$top/testsuite/lib/tally.sh"

major=$("$cc" -dumpversion | cut -d. -f1)
gcc_pkg=$(dpkg -S "$(command -v "gcc-$major")" 2>/dev/null | cut -d: -f1 | head -n 1)
gcc_ver=$(dpkg-query -W -f='${Version}' "$gcc_pkg" 2>/dev/null)
work=$top/build/deb
rm -rf "$work/src" "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo && mkdir -p "$work/src"
tarball=$(bash "$top/config/dist.sh") || { bad "make dist"; finish; }
tar -xzf "$tarball" -C "$work/src" || { bad "unpacking $tarball"; finish; }
src=$(echo "$work"/src/linkname-*)
log=$work/build.log
if (cd "$src" && LINKNAME_CC=gcc-$major dpkg-buildpackage -us -uc -b) >"$log" 2>&1; then ok
else bad "dpkg-buildpackage (see $log)"; tail -n 20 "$log"; finish; fi
mv "$work"/src/*.deb "$work"/src/*.changes "$work"/src/*.buildinfo "$work"/ 2>/dev/null
deb=$(ls "$work"/linkname_*.deb 2>/dev/null | head -n 1)
[ -f "$deb" ] && ok || { bad "no build/deb/linkname_*.deb"; finish; }
depends=$(dpkg-deb -f "$deb" Depends)
[[ ", $depends," == *", $gcc_pkg (= $gcc_ver),"* ]] && ok \
  || bad "the package depends on '$depends', not on $gcc_pkg (= $gcc_ver)"
for f in "./usr/lib/gcc/$("$cc" -dumpmachine)/$major/plugin/linkname.so" ./usr/bin/linkname-go \
  ./usr/bin/linkname-report ./usr/share/man/man1/linkname-go.1.gz ./usr/share/doc/linkname/copyright; do
  dpkg-deb -c "$deb" | awk '{ print $6 }' | grep -qxF "$f" && ok || bad "the package has no $f"
done
if lint=$(lintian --fail-on error "$work"/linkname_*.changes 2>&1); then ok
else bad "lintian: $(grep '^E:' <<<"$lint")"; fi
[ $build_only = 1 ] && { echo "$deb"; finish; }

# The root: this machine's suite, minbase, with the GCC the package is
# for and the gcc driver the README's example calls; made once.
suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
root=$top/build/root-deb-$suite
want="$suite $gcc_pkg gcc"
if [ "$(cat "$root/.linkname-root" 2>/dev/null)" != "$want" ]; then
  [ "$(id -u)" -eq 0 ] || { bad "making the $suite root needs root (debootstrap)"; finish; }
  mirror=${ROOT_MIRROR:-$(bash "$top/config/apt-archive.sh")} || { bad "no archive (set ROOT_MIRROR)"; finish; }
  if grep -q " $root[/ ]" /proc/self/mounts; then bad "something is mounted under $root"; finish; fi
  rm -rf --one-file-system "$root"
  if debootstrap --variant=minbase --include="$gcc_pkg,gcc" "$suite" "$root" "$mirror" \
       >"$work/root.log" 2>&1; then ok
  else bad "debootstrap $suite from $mirror (see $work/root.log)"; tail -n 5 "$work/root.log"; rm -rf --one-file-system "$root"; finish; fi
  rm -f "$root"/var/cache/apt/archives/*.deb
  echo "$want" >"$root/.linkname-root"
else
  ok  # made by an earlier run, with the same packages: counted the same
fi
# A fresh copy for each run, so the made root stays clean.
fresh=$work/root
rm -rf --one-file-system "$fresh"
cp -a "$root" "$fresh" && ok || { bad "copying the root"; finish; }
cp "$deb" "$fresh/tmp/" && mkdir -p "$fresh/work"
cat >"$fresh/work/a.c" <<'C'
static int helper (int x) { return x + 1; }
#pragma linkname helper runtime.helper      /* push: defined as runtime.helper */

extern long nanotime (void);
#pragma linkname nanotime runtime.nanotime1 /* pull: calls go to runtime.nanotime1 */

long now_plus_one (void) { return helper ((int) nanotime ()); }
C
inroot() {
  bwrap --bind "$fresh" / --dev /dev --proc /proc --ro-bind-try /etc/resolv.conf /etc/resolv.conf \
    --die-with-parent --chdir /work --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
    --setenv HOME /work --setenv DEBIAN_FRONTEND noninteractive --setenv LC_ALL C "$@"
}
if out=$(inroot apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" 2>&1); then ok
else bad "apt-get install of the package: $(tail -n 5 <<<"$out")"; finish; fi
out=$(inroot sh -c 'gcc -fplugin=linkname -O2 -c a.c && nm a.o' 2>&1)
for sym in "T runtime.helper" "T runtime.helper.abi0" "U runtime.nanotime1"; do
  grep -q " $sym\$" <<<"$out" && ok || bad "README example: no '$sym' in nm a.o: $out"
done
grep -q ' helper$' <<<"$out" && bad "README example: the symbol helper remains" || ok
out=$(inroot linkname-report a.o 2>&1)
grep -q "^helper	runtime.helper	function	push	yes	a.c:" <<<"$out" && ok \
  || bad "linkname-report a.o from PATH: $out"
out=$(inroot sh -c 'linkname-go --version && mkdir -p gobind && linkname-go -pkg runtime -o gobind a.c && ls gobind' 2>&1)
grep -q '^linkname-go (linkname) ' <<<"$out" && grep -q 'linkname_amd64.go' <<<"$out" && ok \
  || bad "linkname-go from PATH: $out"
out=$(inroot sh -c 'gcc -fplugin=linkname -fplugin-arg-linkname-help -fsyntax-only -x c /dev/null' 2>&1)
grep -q 'options (-fplugin-arg-linkname-KEY' <<<"$out" && ok || bad "the README's help command: $out"
rm -rf --one-file-system "$fresh"
finish
