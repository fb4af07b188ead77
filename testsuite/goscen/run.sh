#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# run.sh - the scenarios of issue 16's table: C that blocks, sleeps,
# crashes or computes, called from Go through linkname-go's bindings of
# each call class (as classified, or forced by the attribute or the
# pragma) and, as the oracle, through cgo, each pair in its own process
# (cmd/scen) under a timeout that turns a hang into a FAIL.  Then the
# builds that must fail with a reason (CGO_ENABLED=0, GOARCH=arm64),
# two bindings of one C file in one binary, a Go plugin; the C code's libraries through
# linkname-go's -ldflags and -pkg-config.
#
#   run.sh CC
#
# Env: GO (default: Debian's Go 1.19), GOSCEN_TIMEOUT (seconds a scenario
# may take, default 30).  Ends with "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cc=${1:?usage: run.sh CC}
GO=${GO:-/usr/lib/go-1.19/bin/go}
limit=${GOSCEN_TIMEOUT:-30}
. "$top/testsuite/lib/tally.sh"
quote() { tail -n "${2:-12}" "$1" | sed 's/^/  | /'; }

# The scenarios and the ways each is called: cgo first, then the
# binding's call classes where the scenario applies.  A blocking call is
# only ever right as "block"; a crash and a profile in every class.
blocking="cgo block block-attr block-pragma"
declare -A impls=(
  [pipe-gc]=$blocking [pipe-p1]=$blocking [gc-sleep]=$blocking
  [many]=$blocking [eintr]="$blocking leaf-attr leaf-pragma"
  [crash]="cgo bounded leaf leaf-attr block-attr block-pragma"
  [profile]="cgo bounded leaf block-attr block-pragma"
)
# Run in two waves: the timing scenarios, then the CPU- and memory-heavy.
waves=("pipe-p1 gc-sleep eintr crash" "many" "pipe-gc profile")
ntests=12 # classes, build, go vet, the two refusals, two packages, a plugin, libraries x3, C++, a header
for s in "${!impls[@]}"; do
  for i in ${impls[$s]}; do ntests=$((ntests + 1)); done
done
bail() {
  bad "$*"
  echo "$passed passed, $((ntests - passed))" failed
  exit 1
}
[ -x "$GO" ] || bail "no Go toolchain at $GO (Debian package golang-1.19-go)"
case $("$cc" -dumpmachine) in
  x86_64-*) ;;
  *) bail "$cc does not target x86-64: the scenarios are for amd64 compilers" ;;
esac
make -s -C "$top" CC="$cc" plugin >/dev/null || bail "building the plugin for $cc"
lgo=$(make -s -C "$top" CC="$cc" print-linkname-go)
work="$top/build/goscen/$cc"
rm -rf "$work" && mkdir -p "$work"
cp -r "$top/testsuite/goscen/." "$work/mod"
mod=$work/mod
export GOCACHE="$top/build/go-cache" GOPATH="$top/build/go-path" GOPROXY=off \
  GOFLAGS=-mod=mod GO111MODULE=on CGO_ENABLED=1 CC="$cc" GOTOOLCHAIN=local \
  GOTELEMETRY=off
# The Go tree is the one $GO belongs to (the root's Go runs on the host
# too, GO=build/root-forky/usr/lib/go-1.27/bin/go).
goroot=$(cd "$(dirname "$(readlink -f "$GO")")/.." && pwd)
if [ -d "$goroot/src/runtime" ]; then export GOROOT=$goroot; else unset GOROOT; fi

# scen.c calls cbrt: -ldflags -lm links libm (cmd/two has no cgo package
# to bring it); libs.c needs libxxhash and linkname-test (pc/: a macro to
# compile, -lm to link) through pkg-config, here and in go build.
export PKG_CONFIG_PATH=$mod/pc${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
# cxx.cc is C++ (the driver compiles it so): the C++ runtime comes with
# the note, no flag.
for p in bind bind2 libs cxx; do
  c=scen.c flags=(-ldflags -lm)
  [ $p = libs ] && c=libs.c flags=(-pkg-config libxxhash,linkname-test)
  [ $p = cxx ] && c=cxx.cc flags=()
  "$lgo" -cc "$cc" -pkg $p -o "$mod/$p" ${flags[@]+"${flags[@]}"} "$mod/c/$c" -- -O2 >"$work/lgo-$p.log" 2>&1 \
    || { quote "$work/lgo-$p.log"; bail "linkname-go -pkg $p ${flags[*]}"; }
done
# The classes the tests mean, as linkname-go -v lists them (from the
# plugin's notes): a fixture in the wrong class would test another thing.
want_classes="Add=bounded ReadBlock=block ReadBlockAttr=block ReadBlockPragma=block
SleepBlock=block SleepBlockAttr=block SleepBlockPragma=block SleepLeaf=leaf
SleepLeafPragma=leaf CrashBounded=bounded CrashLeaf=leaf CrashLeafAttr=leaf
CrashBlockAttr=block CrashBlockPragma=block SpinBounded=bounded SpinLeaf=leaf
SpinBlockAttr=block SpinBlockPragma=block"
mkdir -p "$work/v"
got=$("$lgo" -v -cc "$cc" -pkg bind -o "$work/v" "$mod/c/scen.c" -- -O2 2>/dev/null \
  | awk -F'\t' '{ print $1 "=" $2 }')
wrong=$(comm -23 <(tr ' ' '\n' <<<"$want_classes" | sort) <(sort <<<"$got") | tr '\n' ' ')
if [ -z "$wrong" ]; then
  pass "$cc: every fixture has the call class its tests mean"
else
  bad "$cc: fixtures not in the class their tests mean"
  for w in $wrong; do
    echo "  | $w: linkname-go -v says '$(grep "^${w%%=*}=" <<<"$got" | sed 's/.*=//')'"
  done
fi
# The bounded fixtures run through their Go entries (the scenarios below
# then test that path: crash output, profiles, stop-the-world).
missing=
for f in Add SpinBounded CrashBounded; do
  grep -q "JMP.*bind·$f··c·.*·goentry(SB)" "$work/v/linkname_go119_amd64.s" || missing="$missing $f"
done
if [ -z "$missing" ]; then
  pass "$cc: the bounded fixtures jump to their Go entries"
else
  bad "$cc: no Go entry for:$missing"
fi
if (cd "$mod" && "$GO" build -o "$work/scen" ./cmd/scen) >"$work/build.log" 2>&1; then
  pass "$cc: go build of the scenarios (bindings and cgo twin in one program)"
else
  bad "$cc: go build of the scenarios"
  quote "$work/build.log" 25
fi
if (cd "$mod" && "$GO" vet ./bind/... ./bind2/... ./libs/... ./cxx/... ./cmd/...) >"$work/vet.log" 2>&1; then
  pass "$cc: go vet of the bindings and the scenarios"
else
  bad "$cc: go vet of the bindings and the scenarios"
  quote "$work/vet.log"
fi

# One scenario with one implementation, in the background: its output in
# $work/SCEN.IMPL.out, its exit status in .rc (124/137: timed out).
launch() {
  local s=$1 i=$2 out=$work/$1.$2
  (
    cd "$work" || exit
    timeout -k 5 "$limit" "$work/scen" "$s" "$i" "$out.prof" >"$out.out" 2>&1
    echo $? >"$out.rc"
  ) &
}

# Judge one run; the cgo runs are the oracle, and must pass too.
judge() {
  local s=$1 i=$2 out=$work/$1.$2 rc what
  rc=$(cat "$out.rc" 2>/dev/null || echo 255)
  what="$cc: $s through $i"
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    bad "$what: still running after $limit s (a hang)"
    quote "$out.out" 5
    return
  fi
  case $s in
    crash)
      # cgo's report: the signal, the fault address, the PC and the Go
      # caller; nothing of a runtime that lost its way.  Go 1.19 says
      # "[signal SIGSEGV: ... addr=0x0 pc=0x...]", Go 1.27 "SIGSEGV: ..."
      # then "PC=0x... m=0 sigcode=1 addr=0x0".
      if [ "$rc" != 0 ] && grep -q 'SIGSEGV: segmentation violation' "$out.out" \
        && grep -Eq 'addr=0x0 pc=0x|PC=0x[0-9a-f]+ .*addr=0x0' "$out.out" \
        && grep -q '^main\.crashCaller' "$out.out" \
        && ! grep -Eq 'unknown caller pc|did not unwind|panic during panic' "$out.out"; then
        pass "$what: the signal, addr=0x0, pc= and the Go caller"
      else
        bad "$what: the signal, addr=0x0, pc= and the Go caller (exit $rc)"
        quote "$out.out" 15
      fi
      ;;
    profile)
      # The caller carries the time spent in C (cum %), and the runtime's
      # stand-in for foreign code does not take it.
      local top caller ext
      if [ "$rc" = 0 ] && top=$("$GO" tool pprof -top -nodecount=1000 "$out.prof" 2>&1); then
        caller=$(awk '$6 == "main.profileCaller" { sub("%", "", $5); print int($5) }' <<<"$top")
        ext=$(awk '$6 == "runtime._ExternalCode" { sub("%", "", $2); print int($2) }' <<<"$top")
        if [ "${caller:-0}" -ge 50 ] && [ "${ext:-0}" -lt 25 ]; then
          pass "$what: main.profileCaller ${caller}% cum, _ExternalCode ${ext:-0}%"
        else
          bad "$what: main.profileCaller ${caller:-0}% cum (want >= 50), _ExternalCode ${ext:-0}% (want < 25)"
          head -n 12 <<<"$top" | sed 's/^/  | /'
        fi
      else
        bad "$what: no profile (exit $rc)"
        quote "$out.out"
        [ -n "${top:-}" ] && head -n 5 <<<"$top" | sed 's/^/  | /'
      fi
      ;;
    *)
      if [ "$rc" = 0 ] && [[ $(tail -n1 "$out.out") == ok* ]]; then
        pass "$what: $(tail -n1 "$out.out")"
      else
        bad "$what (exit $rc)"
        quote "$out.out" 8
      fi
      ;;
  esac
}

if [ -x "$work/scen" ]; then
  for wave in "${waves[@]}"; do
    for s in $wave; do
      for i in ${impls[$s]}; do launch "$s" "$i"; done
    done
    wait
    for s in $wave; do
      for i in ${impls[$s]}; do judge "$s" "$i"; done
    done
  done
else
  for s in "${!impls[@]}"; do
    for i in ${impls[$s]}; do bad "$cc: $s through $i: not built"; done
  done
fi

# Builds the bindings cannot serve fail at compile time, saying why;
# never with an undefined symbol or declaration.
refuse() {
  local what=$1 want=$2 log=$work/$3.log
  shift 3
  if (cd "$mod" && env "$@" "$GO" build -o "$work/nocgo" ./cmd/nocgo) >"$log" 2>&1; then
    bad "$cc: $what: the build succeeded"
  elif grep -Eq 'undefined reference|undefined: bind\.|multiple definition' "$log" \
    || ! grep -Eiq "$want" "$log"; then
    bad "$cc: $what: the build fails without naming the reason (/$want/)"
    quote "$log" 6
  else
    pass "$cc: $what: refused: $(grep -Ei -m1 "$want" "$log" | cut -c1-100)"
  fi
}
refuse "CGO_ENABLED=0" 'cgo|CGO_ENABLED' nocgo CGO_ENABLED=0
refuse "GOARCH=arm64" 'amd64' arm64 GOARCH=arm64 CGO_ENABLED=0

# Two packages bound from one C file (a module's v1 and v2) in one binary.
if (cd "$mod" && "$GO" build -o "$work/two" ./cmd/two && "$work/two") >"$work/two.log" 2>&1; then
  pass "$cc: two packages bound from one C file link and run in one binary"
else
  bad "$cc: two packages bound from one C file link and run in one binary"
  quote "$work/two.log" 6
fi

# Bound C in a shared object: a Go plugin calls each class (its link
# failed while the .syso's symbols had default visibility: the stubs'
# PC-relative calls cannot reach a symbol a shared object exports), and
# the .syso defines no symbol another module could see.
exported=$(readelf -sW "$mod/bind/scen_amd64.syso" \
  | awk '($5 == "GLOBAL" || $5 == "WEAK") && $6 == "DEFAULT" && $7 != "UND" { print $8 }')
if [ -z "$exported" ] \
  && (cd "$mod" && "$GO" build -buildmode=plugin -o "$work/plug.so" ./cmd/plug \
    && "$GO" build -o "$work/plugload" ./cmd/plugload && "$work/plugload" "$work/plug.so") >"$work/plug.log" 2>&1 \
  && [ "$(tail -n1 "$work/plug.log")" = ok ]; then
  pass "$cc: a Go plugin calls bound C of each class; the .syso's symbols are hidden"
else
  bad "$cc: a Go plugin calls bound C of each class; the .syso's symbols are hidden"
  [ -n "$exported" ] && echo "  | exported: $(head -n3 <<<"$exported" | tr '\n' ' ')"
  quote "$work/plug.log" 6
fi

# The C code's libraries: only linkname-go's -pkg-config brings libm and
# libxxhash into cmd/libs's link.
if (cd "$mod" && "$GO" build -o "$work/libs" ./cmd/libs && "$work/libs") >"$work/libs.log" 2>&1 \
  && [ "$(tail -n1 "$work/libs.log")" = ok ]; then
  pass "$cc: libm and libxxhash linked through -pkg-config: $(head -n1 "$work/libs.log")"
else
  bad "$cc: libm and libxxhash linked through -pkg-config"
  quote "$work/libs.log" 6
fi
# C++: a bounded function through its Go entry, and one that needs the C++
# runtime (and libm), which the object's note brings into the link.
if grep -q "JMP.*cxx·Add··c·.*·goentry(SB)" "$mod/cxx/linkname_go119_amd64.s" \
  && grep -q -- "-lstdc++" "$mod/cxx/internal/linknamelibs/libs_amd64.go" \
  && (cd "$mod" && "$GO" build -o "$work/cxx" ./cmd/cxx && "$work/cxx") >"$work/cxx.log" 2>&1 \
  && [ "$(tail -n1 "$work/cxx.log")" = ok ]; then
  pass "$cc: C++ bound (Add bounded through its entry), linked with the C++ runtime: $(head -n1 "$work/cxx.log")"
else
  bad "$cc: C++ bound (Add bounded through its entry), linked with the C++ runtime"
  quote "$work/lgo-cxx.log" 3
  quote "$work/cxx.log" 6
fi
# A link flag among the CFLAGS would be lost (only compiled): refused.
mkdir -p "$work/lflag"
if "$lgo" -cc "$cc" -pkg libs -o "$work/lflag" "$mod/c/libs.c" -- -O2 -DLINKNAME_TEST_PC -lm >"$work/lflag.log" 2>&1; then
  bad "$cc: linkname-go ... -- -lm: accepted"
elif grep -q "give it with -ldflags '-lm'" "$work/lflag.log" && [ -z "$(ls "$work/lflag")" ]; then
  pass "$cc: linkname-go ... -- -lm: refused, naming -ldflags, nothing written"
else
  bad "$cc: linkname-go ... -- -lm: refused without naming -ldflags, or wrote files"
  quote "$work/lflag.log" 4
fi
# A file GCC makes no object of (a header: a PCH) is named, not its
# temporary output.
mkdir -p "$work/hdr" && printf '#pragma linkname f hdr.F\nstatic long f (long a) { return a; }\n' >"$work/hdr/f.h"
if "$lgo" -cc "$cc" -pkg hdr -o "$work/hdr" "$work/hdr/f.h" >"$work/hdr.log" 2>&1; then
  bad "$cc: linkname-go of a header: accepted"
elif grep -q "made no object of $work/hdr/f.h" "$work/hdr.log" && [ "$(ls -A "$work/hdr")" = f.h ]; then
  pass "$cc: linkname-go of a header: refused, naming it, nothing left behind"
else
  bad "$cc: linkname-go of a header: refused without naming it, or files left behind"
  quote "$work/hdr.log" 4
  ls -A "$work/hdr" | sed 's/^/  | /'
fi
# Without the flags, the next run removes their package, and the link
# fails: the flags were what linked the libraries.
if "$lgo" -cc "$cc" -o "$mod/libs" "$mod/c/libs.c" -- -O2 -DLINKNAME_TEST_PC >"$work/lgo-nolibs.log" 2>&1 \
  && [ ! -e "$mod/libs/internal" ] \
  && ! (cd "$mod" && "$GO" build -o "$work/libs2" ./cmd/libs) >"$work/nolibs.log" 2>&1 \
  && grep -Eq "undefined reference to .(cbrt|XXH64)" "$work/nolibs.log"; then
  pass "$cc: a run without the flags removes their package; the link then misses cbrt and XXH64"
else
  bad "$cc: a run without the flags removes their package; the link then misses cbrt and XXH64"
  quote "$work/lgo-nolibs.log" 3
  quote "$work/nolibs.log" 4
fi

finish
