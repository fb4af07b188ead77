#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# check-buildtools.sh CC - the plugin under the tools of big builds: ccache,
# make's dependency files, distcc (README, "Build tools").  The rule under
# test: what the plugin reads comes through the preprocessor or the
# dependency file, what it writes travels in the object.
#
#   ccache   each input change is a miss and an identical rebuild a hit:
#            the pragma in the source, a header, the symabis lines in
#            pragma form, a symabis file given as an option (depend mode
#            with -MMD; extra_files_to_hash otherwise), an option, a
#            rebuilt plugin given by path, or by name with compiler_check
#            hashing it; linkname-report reads the whole
#            report from the objects after hits.
#   make     -j2 -MMD: editing the symabis file rebuilds exactly the units
#            that use it, through the option or a header generated from it.
#   distcc   distccd on 127.0.0.1 (a free port, this script's own): zlib and
#            examples/ through it, objects identical to local ones.
#
# Native x86-64 compilers only (the symabis lines act there); elsewhere
# "0 passed, 0 failed".  Last line: "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cc=${1:-gcc-12}
cd "$top"
. "$top/testsuite/lib/tally.sh"
case $($cc -dumpmachine) in
  x86_64-*) ;;
  *) finish ;;
esac
plugin=$(make -s CC="$cc" print-plugin)
report=$(make -s CC="$cc" print-linkname-report)
[ -f "$plugin" ] && [ -x "$report" ] || { bad "no plugin for $cc (make CC=$cc plugin)"; finish; }
out=$top/build/buildtools/$cc
rm -rf "$out" && mkdir -p "$out"

# The symabis lines as pragmas: what a build would generate from
# 'go tool asm -gensymabis' output.
to_pragmas() { sed -e '/^[[:space:]]*\(#.*\)\?$/d' -e 's/^/#pragma linkname_symabis /' "$1"; }

# --- ccache ----------------------------------------------------------------
if command -v ccache >/dev/null; then
  c=$out/ccache
  mkdir -p "$c/src" "$c/plugin"
  export CCACHE_DIR=$c/cache CCACHE_CONFIGPATH=$c/ccache.conf CCACHE_NOHASHDIR=1
  : >"$CCACHE_CONFIGPATH"
  unset CCACHE_DEPEND CCACHE_EXTRAFILES CCACHE_DISABLE CCACHE_RECACHE CCACHE_NODIRECT
  # The plugin by path, in a copy this test may rebuild.
  cp "$plugin" "$c/plugin/linkname.so"
  cd "$c/src"
  cat >unit.c <<'EOF'
#include "gen.h"
#include "decls.h"
#pragma linkname sum3 asm.sum3
long total (long a) { return sum3 (a, a, a); }
static long helper (long a) { return a + 1; }
#pragma linkname helper pkg.helper
long use (long a) { return helper (a); }
EOF
  cat >other.c <<'EOF'
long twice (long a) { return 2 * a; }
#pragma linkname twice pkg.twice
EOF
  echo 'extern long sum3 (long, long, long);' >decls.h
  : >gen.h
  : >asm.symabis
  flags=(-fplugin="$c/plugin/linkname.so" -O2)
  # One compile through ccache: "hit" or "miss".
  compile() {
    ccache -z >/dev/null
    ccache "$cc" "${flags[@]}" "$@" -c unit.c -o unit.o 2>>"$c/errors" || { echo error; return; }
    local s
    s=$(ccache --print-stats)
    if [ "$(awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ { n += $2 } END { print n + 0 }' <<<"$s")" = 1 ]; then
      echo hit
    elif [ "$(awk '$1 == "cache_miss" { print $2 }' <<<"$s")" = 1 ]; then
      echo miss
    else
      echo other
    fi
  }
  # expect WHAT ARGS...: a miss, then a hit, each with the same object.
  expect() {
    local what=$1 first second
    shift
    first=$(compile "$@"); cp unit.o first.o 2>/dev/null
    second=$(compile "$@")
    if [ "$first $second" = "miss hit" ] && cmp -s first.o unit.o; then
      ok
    else
      bad "ccache: $what: got '$first $second', want 'miss hit' with the same object"
    fi
  }
  has_sysv() { nm unit.o | grep -q 'asm\.sum3\.\.sysv'; }
  expect "first build"
  sed -i 's/pkg\.helper$/pkg.helper2/' unit.c
  expect "the pragma in the source"
  echo 'extern long unrelated (void);' >>decls.h
  expect "a header"
  has_sysv && bad "ccache: no symabis yet, but asm.sum3..sysv" || ok
  echo 'def asm.sum3 ABI0' >gen.h.in
  to_pragmas gen.h.in >gen.h
  expect "the symabis lines in pragma form (generated header)"
  has_sysv && ok || bad "ccache: the symabis pragma did not reach the object"
  : >gen.h
  r=$(compile)
  [ "$r" = hit ] && ! has_sysv && ok \
    || bad "ccache: the symabis pragma gone again: got '$r', or an object with it"
  # A file given as an option: ccache's depend mode reads -MMD's output.
  sym=(-fplugin-arg-linkname-symabis=asm.symabis -MMD -MF unit.d)
  export CCACHE_DEPEND=1
  expect "depend mode, -MMD, symabis file given as an option" "${sym[@]}"
  grep -q 'asm\.symabis' unit.d && ok || bad "ccache: asm.symabis is not in unit.d"
  echo 'def asm.sum3 ABI0' >asm.symabis
  expect "depend mode: the symabis file's content" "${sym[@]}"
  has_sysv && ok || bad "ccache depend mode: an old object for a new symabis file"
  unset CCACHE_DEPEND
  # Other modes: extra_files_to_hash.
  export CCACHE_EXTRAFILES=$c/src/asm.symabis
  sym=(-fplugin-arg-linkname-symabis=asm.symabis)
  expect "extra_files_to_hash, symabis file given as an option" "${sym[@]}"
  : >asm.symabis
  expect "extra_files_to_hash: the symabis file's content" "${sym[@]}"
  has_sysv && bad "ccache extra_files_to_hash: an old object for a new symabis file" || ok
  unset CCACHE_EXTRAFILES
  expect "an option" -fplugin-arg-linkname-abi0=no
  # A rebuilt plugin: the same code, linked anew with another build id.
  relink() {
    g++-"$($cc -dumpversion | cut -d. -f1)" -shared \
      -Wl,--build-id=0x"$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')" \
      -o "$1" $(make -s -C "$top" CC="$cc" print-plugin-objs) 2>>"$c/errors" \
      || bad "ccache: relinking the plugin"
  }
  relink "$c/plugin/linkname.so"
  expect "a rebuilt plugin given by path"
  # By its short name, -fplugin=linkname (found in GCC's plugin directory,
  # here -iplugindir=), ccache hashes only the string: compiler_check adds
  # the plugin's content.
  mkdir -p "$c/plugindir"
  cp "$c/plugin/linkname.so" "$c/plugindir/"
  flags=(-iplugindir="$c/plugindir" -fplugin=linkname -O2)
  export CCACHE_COMPILERCHECK="%compiler% -v;sha256sum $c/plugindir/linkname.so"
  expect "-fplugin=linkname, compiler_check hashing the plugin"
  relink "$c/plugindir/linkname.so"
  expect "-fplugin=linkname, compiler_check: a rebuilt plugin"
  unset CCACHE_COMPILERCHECK
  flags=(-fplugin="$c/plugin/linkname.so" -O2)
  # The report after hits: every unit's lines, from the objects, though
  # report=FILE gets nothing from a hit.
  rflags=("${flags[@]}" -fPIC -fplugin-arg-linkname-report="$c/r.txt")
  for f in unit other; do
    ccache "$cc" "${rflags[@]}" -c $f.c -o $f.o 2>>"$c/errors"
  done
  mv "$c/r.txt" "$c/plain.txt"
  rm -f unit.o other.o
  ccache -z >/dev/null
  for f in unit other; do
    ccache "$cc" "${rflags[@]}" -c $f.c -o $f.o 2>>"$c/errors"
  done
  hits=$(ccache --print-stats | awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ { n += $2 } END { print n + 0 }')
  "$report" unit.o other.o | sort >"$c/from-objects.txt"
  if [ "$hits" = 2 ] && [ ! -e "$c/r.txt" ] && [ -s "$c/from-objects.txt" ] \
     && sort "$c/plain.txt" | cmp -s - "$c/from-objects.txt"; then
    ok
  else
    bad "ccache: the report read from cached objects ($hits hits) differs from report=FILE's"
  fi
  "$report" -v unit.o | head -1 | grep -q "^# unit.o: linkname [0-9]" \
    && ok || bad "linkname-report -v: no plugin version"
  ar rcs libu.a unit.o other.o && "$cc" unit.o other.o -shared -o libu.so 2>>"$c/errors"
  if cmp -s <("$report" libu.a | sort) "$c/from-objects.txt" \
     && cmp -s <("$report" libu.so | sort) "$c/from-objects.txt"; then
    ok
  else
    bad "linkname-report: an archive or a linked library lost lines"
  fi
  unset CCACHE_DIR CCACHE_CONFIGPATH CCACHE_NOHASHDIR
  cd "$top"
else
  bad "ccache is not installed (config/packages.txt)"
fi

# --- make -j2 -MMD -----------------------------------------------------------
m=$out/make
mkdir -p "$m"
cd "$m"
for u in opt1 opt2 gen plain; do
  echo "long $u (long a) { return a; }" >$u.c
done
sed -i '1i #include "gen.h"' gen.c
echo 'def asm.sum3 ABI0' >asm.symabis
cat >Makefile <<EOF
CC = $cc
CFLAGS = -O2 -fplugin=$plugin -MMD
OBJS = opt1.o opt2.o gen.o plain.o
all: \$(OBJS)
opt1.o opt2.o: CFLAGS += -fplugin-arg-linkname-symabis=asm.symabis
# The symabis lines through the preprocessor: a header made from the file.
gen.h: asm.symabis
	sed -e '/^[[:space:]]*\(#.*\)\?$\$/d' -e 's/^/#pragma linkname_symabis /' asm.symabis >\$@
%.o: %.c
	@echo "built \$@"
	\$(CC) \$(CFLAGS) -c \$< -o \$@
gen.o: gen.h
-include \$(OBJS:.o=.d)
EOF
built() { make -j2 2>&1 | sed -n 's/^built //p' | sort | tr '\n' ' '; }
b=$(built)
[ "$b" = "gen.o opt1.o opt2.o plain.o " ] && ok || bad "make: first build built '$b'"
b=$(built)
[ -z "$b" ] && ok || bad "make: a second build rebuilt '$b'"
touch -d '1 minute ago' ./*
echo 'ref asm.other ABI0' >>asm.symabis
b=$(built)
[ "$b" = "gen.o opt1.o opt2.o " ] && ok \
  || bad "make -j2 -MMD: editing asm.symabis rebuilt '$b', want 'gen.o opt1.o opt2.o'"
grep -q asm.symabis opt1.d && ! grep -q asm.symabis plain.d && ok \
  || bad "make: asm.symabis not in exactly the .d files of its users"
cd "$top"

# --- distcc over loopback ---------------------------------------------------
# distccd refuses '-fplugin=' on a command line (distcc 3.4 does, a
# security rule), so the plugin comes with the compiler: a wrapper that
# adds it, under the same path on both sides, allowed by the server
# (here DISTCC_CMDLIST; a link in /usr/lib/distcc in a real setup).  Files
# named on the command line (symabis=FILE, report=FILE) would be the
# server's: the symabis lines come as pragmas, the report from the
# objects.
. "$here/../real/source.sh"
if ! command -v distccd >/dev/null; then
  bad "distcc is not installed (config/packages.txt)"
elif ! gcc_source "$top" zlib; then
  bad "distcc: no zlib source (gcc-12-source)"
else
  d=$out/distcc
  mkdir -p "$d/local" "$d/remote" "$d/state"
  wrapper=$d/$cc-linkname
  printf '#!/bin/sh\nexec %s -fplugin=%s "$@"\n' "$(command -v "$cc")" "$plugin" >"$wrapper"
  chmod 755 "$wrapper"
  echo "$wrapper" >"$d/cmdlist"
  to_pragmas examples/symabis.txt >"$d/symabis.h"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  user=()
  [ "$(id -u)" -eq 0 ] && user=(--user "$(id -un distccd 2>/dev/null || echo nobody)")
  # The daemon drops root for its own user: its log must be writable.
  : >"$d/distccd.log" && chmod 666 "$d/distccd.log"
  DISTCC_CMDLIST=$d/cmdlist distccd --daemon --no-detach "${user[@]}" --allow 127.0.0.1 \
    --listen 127.0.0.1 --port "$port" --jobs 2 --log-file "$d/distccd.log" &
  daemon=$!
  trap 'kill $daemon 2>/dev/null' EXIT
  for i in 1 2 3 4 5 6 7 8 9 10; do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
    sleep 0.2
  done
  zlib=$gcc_src/zlib
  defs="-D_LARGEFILE64_SOURCE=1 -DHAVE_UNISTD_H -DHAVE_STDARG_H -I$zlib"
  units=()
  for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback \
           inffast inflate inftrees trees uncompr zutil; do
    units+=("$zlib/$f.c|$defs -O2")
  done
  for f in runtime main; do
    units+=("examples/$f.c|-O2 -include $d/symabis.h")
  done
  # Local and remote, two at a time like make -j2.
  build() {
    local where=$1 u src fl o
    for u in "${units[@]}"; do
      src=${u%%|*} fl=${u#*|}
      o=$d/$where/$(basename "$src" .c).o
      if [ "$where" = remote ]; then
        DISTCC_HOSTS="127.0.0.1:$port/2" DISTCC_FALLBACK=0 DISTCC_DIR=$d/state \
          distcc "$wrapper" $fl -c "$src" -o "$o" &
      else
        "$wrapper" $fl -c "$src" -o "$o" &
      fi
      [ $(jobs -rp | wc -l) -ge 3 ] && wait -n
    done
    for u in $(jobs -rp); do
      [ "$u" = "$daemon" ] || wait "$u"
    done
  } 2>>"$d/errors"
  build local
  build remote
  # distccd logs a job after the client has its object: wait for it.
  for i in 1 2 3 4 5 6 7 8 9 10; do
    remote_ok=$(grep -c 'COMPILE_OK' "$d/distccd.log" 2>/dev/null)
    [ "${remote_ok:-0}" -ge ${#units[@]} ] && break
    sleep 0.3
  done
  [ "${remote_ok:-0}" -eq ${#units[@]} ] && ok \
    || bad "distcc: ${remote_ok:-0} of ${#units[@]} units compiled by distccd (see $d/distccd.log)"
  same=0
  for o in "$d"/local/*.o; do
    cmp -s "$o" "$d/remote/${o##*/}" && same=$((same + 1))
  done
  [ $same -eq ${#units[@]} ] && ok \
    || bad "distcc: $same of ${#units[@]} objects identical to local builds"
  nm "$d/remote/main.o" | grep -q 'asm\.sum3\.\.sysv' && ok \
    || bad "distcc: the symabis pragmas did not reach the remote compile"
  if "$report" "$d/remote/main.o" "$d/remote/runtime.o" | grep -q 'runtime\.nanotime1' \
     && cmp -s <("$report" "$d"/remote/*.o) <("$report" "$d"/local/*.o); then
    ok
  else
    bad "distcc: the report in the remote objects differs"
  fi
  kill "$daemon" 2>/dev/null
  wait "$daemon" 2>/dev/null
  trap - EXIT
fi
finish
