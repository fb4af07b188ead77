#!/bin/bash
# run.sh - make bench-go: one small C function called from Go through
# cgo, through linkname-go's stubs (safe and unsafe) and, as the floor,
# Go assembly; interleaved in one process, minima and medians.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
CC=${CC:-gcc}
GO=${GO:-/usr/lib/go-1.19/bin/go}
case $($CC -dumpmachine) in
  x86_64-*) ;;
  *) echo "bench-go: linkname-go is for amd64; $CC targets $($CC -dumpmachine)"; exit 0 ;;
esac
[ -x "$GO" ] || { echo "bench-go: no Go at $GO (golang-1.19-go)"; exit 1; }
make -s -C "$top" CC="$CC" plugin
lgo=$(make -s -C "$top" CC="$CC" print-linkname-go)
out="$top/build/bench/go"
rm -rf "$out" && mkdir -p "$out" && cp -r "$here"/. "$out/"
export GOCACHE="$top/build/go-cache" GOPATH="$top/build/go-path" GOPROXY=off \
  GOFLAGS=-mod=mod CGO_ENABLED=1 CC="$CC" GOTOOLCHAIN=local GOTELEMETRY=off
"$lgo" -cc "$CC" -o "$out/safe" "$out/c/add.c" -- -O2
"$lgo" -cc "$CC" -o "$out/unsafe" "$out/c/addu.c" -- -O2
cd "$out" && "$GO" build -o gocall ./cmd && ./gocall -n "${BENCH_GO_CALLS:-2000000}" -rounds "${BENCH_GO_ROUNDS:-21}"
