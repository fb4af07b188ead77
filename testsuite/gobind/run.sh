#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# run.sh - linkname-go end to end: C compiled with the plugin, the Go side
# generated, 'go vet' and 'go test' (Go's gc toolchain), every result
# compared with cgo's in the same test binary.
#
#   run.sh CC [OPTION-SET...]     default option sets: those of linkname.abi0
#
# Env: GO (default: Debian's Go 1.19), GOBIND_COUNT (generated functions,
# default 60), GOBIND_SEED.  Ends with "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cc=${1:?usage: run.sh CC [OPTION-SET...]}
shift
if [ $# -eq 0 ]; then
  set -- "-O0" "-O2" "-O3 -fPIC" "-O2 -flto" "-O2 -fcf-protection=full" \
    "-O2 -masm=intel" "-O2 -fpcc-struct-return" "-O2 -fstack-clash-protection"
fi
GO=${GO:-/usr/lib/go-1.19/bin/go}
count=${GOBIND_COUNT:-60}
seed=${GOBIND_SEED:-1}
lgo=$(make -s -C "$top" CC="$cc" print-linkname-go)
make -s -C "$top" CC="$cc" plugin >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
work="$top/build/gobind/$cc"
rm -rf "$work" && mkdir -p "$work"
export GOCACHE="$top/build/go-cache" GOPATH="$top/build/go-path" GOPROXY=off \
  GOFLAGS=-mod=mod GO111MODULE=on CGO_ENABLED=1 CC="$cc" GOTOOLCHAIN=local \
  GOTELEMETRY=off
unset GOROOT
. "$top/testsuite/lib/tally.sh"
# Run a command quietly; on failure show the tail of its output.
try() {
  local what=$1 log
  shift
  log=$("$@" 2>&1)
  if [ $? -eq 0 ]; then pass "$what"; return 0; fi
  bad "$what"
  tail -n 25 <<<"$log" | sed 's/^/  | /'
  return 1
}

case $("$cc" -dumpmachine) in
  x86_64-*) ;;
  *)
    # Not amd64: linkname-go must refuse the objects clearly.
    mkdir -p "$work/x"
    printf 'static int f (int x) { return x; }\n#pragma linkname f p.F\n' >"$work/x/f.c"
    "$cc" -fplugin="$(make -s -C "$top" CC="$cc" print-plugin)" -c "$work/x/f.c" -o "$work/x/f.o"
    out=$("$lgo" -pkg p -o "$work/x" "$work/x/f.o" 2>&1)
    if [ $? -ne 0 ] && grep -q "is not an x86-64 object" <<<"$out" && [ ! -e "$work/x/linkname_amd64.go" ]; then
      pass "$cc: linkname-go refuses a non-amd64 object"
    else
      bad "$cc: linkname-go refuses a non-amd64 object: $out"
    fi
    finish
    ;;
esac
if [ ! -x "$GO" ]; then
  echo "FAIL: no Go toolchain at $GO (Debian package golang-1.19-go)"
  echo "0 passed, 1 failed"
  exit 1
fi

# A fresh copy of the module with the generated C and cgo oracle.
module() {
  local dir=$1
  rm -rf "$dir" && mkdir -p "$dir"
  cp -r "$top/testsuite/gobind/go.mod" "$top/testsuite/gobind/bind" \
    "$top/testsuite/gobind/cref" "$top/testsuite/gobind/check" \
    "$top/testsuite/gobind/c" "$dir/"
  python3 "$top/testsuite/gobind/gen.py" --seed "$seed" --count "$count" --out "$dir"
}

# Each option set: generate, vet, test.  The .c files go through
# linkname-go; under -flto they are compiled first into fat objects (the
# notes are in the object's sections only then), as a build would.
n=0
for opts in "$@"; do
  n=$((n + 1))
  dir="$work/o$n"
  module "$dir"
  label="$cc $opts"
  if [[ " $opts " == *" -flto "* ]]; then
    for f in gen stack block; do
      "$cc" -fplugin="$(make -s -C "$top" CC="$cc" print-plugin)" $opts \
        -ffat-lto-objects -c "$dir/c/$f.c" -o "$dir/c/$f.o" || bad "$label: compiling $f.c"
    done
    try "$label: linkname-go from objects" "$lgo" -cc "$cc" -errno SetErrno,NamesErrno -o "$dir/bind" "$dir/c/gen.o" "$dir/c/stack.o" "$dir/c/block.o" || continue
  elif [ "$n" -eq 2 ]; then
    # go generate, as a package would use it.
    printf '\n//go:generate $LINKNAME_GO -cc $CC -errno SetErrno,NamesErrno -o . ../c/gen.c ../c/stack.c ../c/block.c -- %s\n' "$opts" >>"$dir/bind/doc.go"
    try "$label: go generate" env LINKNAME_GO="$lgo" \
      bash -c "cd '$dir' && '$GO' generate ./bind" || continue
  else
    try "$label: linkname-go" "$lgo" -cc "$cc" -errno SetErrno,NamesErrno -o "$dir/bind" "$dir/c/gen.c" "$dir/c/stack.c" "$dir/c/block.c" -- $opts || continue
  fi
  try "$label: gofmt -l finds nothing to change" \
    bash -c "out=\$('$(dirname "$GO")/gofmt' -l '$dir/bind') && test -z \"\$out\""
  # The bounded stubs jump to the Go entries linkname-go asks for (none
  # under -flto: the code is made at link time).
  if [[ " $opts " != *" -flto "* ]]; then
    try "$label: bounded Where goes through its Go entry" \
      grep -q "JMP.*Where.*goentry(SB)" "$dir/bind/linkname_go119_amd64.s"
    try "$label: bounded SumBytes ([]byte) reaches its Go entry through linknameE_SumBytes" \
      grep -q "JMP.*SumBytes.*goentry(SB)" "$dir/bind/linkname_go119_amd64.s"
  fi
  # linkname-go compiles with -fno-semantic-interposition: under -fPIC
  # too, GCC inlines each function into its Go entry.
  if [[ " $opts " == *" -fPIC "* ]]; then
    try "$label: Where is inlined into its Go entry (no call)" \
      bash -c "objdump -d --no-show-raw-insn '$dir/bind/stack_amd64.syso' \
        | awk '/Where.*goentry>:/ { p = 1; n++; next } /^\$/ { p = 0 } p && /call/ { c++ }
               END { exit !(n == 1 && c == 0) }'"
  fi
  try "$label: go vet" bash -c "cd '$dir' && '$GO' vet ./..."
  try "$label: go test" bash -c "cd '$dir' && '$GO' test -count=1 ./..."
done

# The same package under the race detector, and linked externally by
# request; the default link is checked above (no flags).
# (GOBIND_RACE=0: not these two; make check's quick compilers, whose
# C changes neither.)
dir="$work/o2"
if [ "${GOBIND_RACE:-1}" = 1 ] && [ -f "$dir/bind/linkname_amd64.go" ]; then
  try "$cc -O2: go test -race" bash -c "cd '$dir' && '$GO' test -count=1 -race ./..."
  try "$cc -O2: go test -ldflags=-linkmode=external" \
    bash -c "cd '$dir' && '$GO' test -count=1 -ldflags=-linkmode=external ./..."
fi

# A compile served by a cache or another machine gives the same Go side:
# from objects compiled earlier, byte for byte the files from the sources.
dir="$work/obj"
module "$dir"
mkdir -p "$dir/from-src"
plugin=$(make -s -C "$top" CC="$cc" print-plugin)
# (-fplugin-arg-linkname-go-entry, as linkname-go compiles them.)
entry=-fplugin-arg-linkname-go-entry
"$cc" -fplugin="$plugin" $entry -O2 -c "$dir/c/gen.c" -o "$dir/gen.o"
"$cc" -fplugin="$plugin" $entry -O2 -c "$dir/c/stack.c" -o "$dir/stack.o"
"$cc" -fplugin="$plugin" $entry -O2 -c "$dir/c/block.c" -o "$dir/block.o"
# (One package: the symbols' key is the package's import path.)
if "$lgo" -cc "$cc" -errno SetErrno,NamesErrno -o "$dir/bind" "$dir/c/gen.c" "$dir/c/stack.c" "$dir/c/block.c" -- -O2 \
  && cp "$dir/bind/"linkname_* "$dir/from-src/" \
  && "$lgo" -cc "$cc" -errno SetErrno,NamesErrno -o "$dir/bind" "$dir/gen.o" "$dir/stack.o" "$dir/block.o" \
  && (for f in "$dir/from-src/"linkname_*; do cmp "$f" "$dir/bind/${f##*/}" || exit 1; done); then
  pass "$cc: the Go side from objects equals the Go side from sources"
else
  bad "$cc: the Go side from objects equals the Go side from sources"
fi

# Builds the stubs cannot serve fail at compile time, naming the reason,
# never at link time: without cgo, and for another architecture.
dir="$work/o1"
if [ -f "$dir/bind/linkname_amd64.go" ]; then
  for build in "CGO_ENABLED=0:needs_CGO_ENABLED_1" "GOARCH=arm64:needs_GOARCH_amd64"; do
    out=$(cd "$dir" && env "${build%%:*}" "$GO" build ./bind 2>&1)
    if [ $? -ne 0 ] && grep -q "${build#*:}" <<<"$out" && ! grep -q "undefined reference" <<<"$out"; then
      pass "$cc: ${build%%:*} fails at compile time with the reason"
    else
      bad "$cc: ${build%%:*} fails at compile time with the reason"
      sed 's/^/  | /' <<<"$out" | tail -n 10
    fi
  done
fi

# Two bindings of one C file (two packages, as a module's v1 and v2) link
# into one program: the .syso symbols are keyed by the package.
dir="$work/two"
module "$dir"
mkdir -p "$dir/bind2" "$dir/both"
printf 'package bind2\n' >"$dir/bind2/doc.go"
cat >"$dir/both/main.go" <<'EOF'
package main

import (
	"fmt"

	"linkname.test/gobind/bind"
	"linkname.test/gobind/bind2"
)

func main() {
	fmt.Println(bind.BigFrame(3) == bind2.BigFrame(3), bind.Recurse(10, nil) == bind2.Recurse(10, nil))
}
EOF
out=
if "$lgo" -cc "$cc" -o "$dir/bind" "$dir/c/stack.c" -- -O2 \
  && "$lgo" -cc "$cc" -o "$dir/bind2" "$dir/c/stack.c" -- -O2 \
  && out=$(cd "$dir" && "$GO" run ./both 2>&1) && [ "$out" = "true true" ]; then
  pass "$cc: two bindings of one C file link into one program"
else
  bad "$cc: two bindings of one C file link into one program"
  sed 's/^/  | /' <<<"$out" | tail -n 10
fi

# Errors: a type with no Go form names the function, the parameter and
# the type, and nothing is written; so does a function without a thunk.
dir="$work/err"
mkdir -p "$dir"
cat >"$dir/e.c" <<'EOF'
static int ok (int x) { return x; }
#pragma linkname ok e.Ok
struct bits { unsigned a : 3; };
static int bad (int n, struct bits b) { return n + b.a; }
#pragma linkname bad e.Bad
static int ld (long double x) { return (int) x; }
#pragma linkname ld e.Ld
EOF
out=$("$lgo" -cc "$cc" -pkg e -o "$dir" "$dir/e.c" -- -O2 2>&1)
if [ $? -ne 0 ] && [ -z "$(ls "$dir" | grep -v '^e\.c$')" ] \
  && grep -q "function Bad: parameter 'b' has type 'struct bits', which has no Go form: struct bits: member 'a' has type '<unnamed-unsigned:3>': bit-fields have no Go counterpart" <<<"$out" \
  && grep -q "function Ld (C e.Ld) has no ABI0 thunk: parameter 'x' has type 'long double'" <<<"$out"; then
  pass "$cc: linkname-go errors name the function, parameter and type; nothing written"
else
  bad "$cc: linkname-go errors name the function, parameter and type; nothing written"
  sed 's/^/  | /' <<<"$out"
  ls "$dir" | sed 's/^/  | /'
fi

# A Go name the generated code needs is an error naming the C function,
# the name and why; Go 1.21's min is an ordinary name.
cat >"$dir/r.c" <<'EOF'
static int a (int x) { return x; }
#pragma linkname a r.linknameProbe
static int b (int x) { return x; }
#pragma linkname b r.unsafe
static int c (int x) { return x; }
#pragma linkname c r.uintptr
static int d (int x) { return x; }
#pragma linkname d r.min
EOF
out=$("$lgo" -cc "$cc" -pkg r -o "$dir" "$dir/r.c" -- -O2 2>&1)
if [ $? -ne 0 ] && [ ! -e "$dir/linkname_amd64.go" ] \
  && grep -q "r.c: C function r.linknameProbe cannot be Go function linknameProbe: names beginning with 'linkname' are linkname-go's own; give it another linkname target" <<<"$out" \
  && grep -q "r.c: C function r.unsafe cannot be Go function unsafe: the generated Go file imports a package of that name" <<<"$out" \
  && grep -q "r.c: C function r.uintptr cannot be Go function uintptr: it would hide Go's predeclared identifier" <<<"$out" \
  && ! grep -q "min" <<<"$out"; then
  pass "$cc: linkname-go refuses Go names its own code needs, naming the source"
else
  bad "$cc: linkname-go refuses Go names its own code needs, naming the source"
  sed 's/^/  | /' <<<"$out"
fi

# A .syso an earlier run wrote for an input this run does not have (b.c,
# merged into a.c) is removed: its symbols would meet the new ones at
# link time ("multiple definition").  A .syso of the user's stays.
dir="$work/stale"
mkdir -p "$dir"
printf 'static long a (long x) { return x; }\n#pragma linkname a s.A\n' >"$dir/a.c"
printf 'static long b (long x) { return x; }\n#pragma linkname b s.B\n' >"$dir/b.c"
printf 'int user_data = 1;\n' | "$cc" -x c -c - -o "$dir/user_amd64.syso"
if "$lgo" -cc "$cc" -pkg s -o "$dir" "$dir/a.c" "$dir/b.c" -- -O2 \
  && [ -f "$dir/b_amd64.syso" ] && cat "$dir/b.c" >>"$dir/a.c" \
  && "$lgo" -cc "$cc" -pkg s -o "$dir" "$dir/a.c" -- -O2 \
  && [ ! -e "$dir/b_amd64.syso" ] && [ -f "$dir/a_amd64.syso" ] \
  && [ -f "$dir/user_amd64.syso" ]; then
  pass "$cc: a later run removes the .syso of an input it no longer has, not the user's"
else
  bad "$cc: a later run removes the .syso of an input it no longer has, not the user's"
  ls "$dir" | sed 's/^/  | /'
fi

# C beside the binding's Go files: go build refuses it there (the package
# has Go assembly, so no cgo), and linkname-go says so; with a
# //go:build ignore line the package builds.
dir="$work/inpkg"
mkdir -p "$dir/p"
printf 'module linkname.test/inpkg\n\ngo 1.19\n' >"$dir/go.mod"
printf 'static long a (long x) { return x + 1; }\n#pragma linkname a p.A\n' >"$dir/p/a.c"
out1=$(cd "$dir/p" && "$lgo" -cc "$cc" -pkg p a.c -- -O2 2>&1)
sed -i '1i //go:build ignore\n' "$dir/p/a.c"
out2=$(cd "$dir/p" && "$lgo" -cc "$cc" -pkg p a.c -- -O2 2>&1)
if grep -q "warning: ./a.c: go build refuses C and C++ sources in this package" <<<"$out1" \
  && ! grep -q warning <<<"$out2" \
  && (cd "$dir" && "$GO" build ./p) >"$dir/build.log" 2>&1; then
  pass "$cc: C in the binding's directory: a warning; with //go:build ignore it builds"
else
  bad "$cc: C in the binding's directory: a warning; with //go:build ignore it builds"
  printf '%s\n%s\n' "$out1" "$out2" | sed 's/^/  | /'
  sed 's/^/  | /' "$dir/build.log" 2>/dev/null | tail -n 5
fi

# An object compiled without the plugin has no note: the error says how
# to compile it.
printf 'long h (long x) { return x; }\n' | "$cc" -x c -c - -o "$dir/plain.o"
out=$("$lgo" -cc "$cc" -pkg p -o "$dir/p" "$dir/plain.o" 2>&1)
if [ $? -ne 0 ] && grep -q "no input has a linkname Go note: none defines a linknamed function (a .o must be compiled with -fplugin=linkname" <<<"$out"; then
  pass "$cc: an object compiled without the plugin: the error says how to compile it"
else
  bad "$cc: an object compiled without the plugin: the error says how to compile it"
  sed 's/^/  | /' <<<"$out"
fi

# Sources whose plain names would make a .syso go build leaves out
# (_priv.c: a leading '_'; cpu_darwin.c: BASE_darwin_amd64.syso is
# darwin's) get names it links: a program calls both.
mkdir -p "$dir/csrc" "$dir/cmd"
printf 'static long b (long x) { return x + 2; }\n#pragma linkname b p.B\n' >"$dir/csrc/_priv.c"
printf 'static long c (long x) { return x + 3; }\n#pragma linkname c p.C\n' >"$dir/csrc/cpu_darwin.c"
printf 'package main\n\nimport (\n\t"fmt"\n\n\t"linkname.test/inpkg/p"\n)\n\nfunc main() { fmt.Println(p.B(1) + p.C(1)) }\n' >"$dir/cmd/main.go"
if (cd "$dir/p" && "$lgo" -cc "$cc" -pkg p ../csrc/_priv.c ../csrc/cpu_darwin.c -- -O2) >"$dir/names.log" 2>&1 \
  && [ -f "$dir/p/c_priv_amd64.syso" ] && [ -f "$dir/p/cpu_darwin_c_amd64.syso" ] \
  && [ "$(cd "$dir" && "$GO" run ./cmd 2>>"$dir/names.log")" = 7 ]; then
  pass "$cc: _priv.c and cpu_darwin.c become .syso files go build links"
else
  bad "$cc: _priv.c and cpu_darwin.c become .syso files go build links"
  ls "$dir/p" | sed 's/^/  | /'
  tail -n 5 "$dir/names.log" | sed 's/^/  | /'
fi

finish
