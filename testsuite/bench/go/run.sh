#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# run.sh - make bench-go: small C functions called from Go through
# linkname-go's binding in each call class, through cgo and, as the floor,
# Go assembly; XXH64 (libxxhash-dev) through the binding and cgo against
# pure Go (golang-github-cespare-xxhash-dev, used offline from
# /usr/share/gocode); interleaved in one process, minima and medians.
# Runs with Debian's Go 1.19 and, when the forky root is there, its Go
# (1.27, run on the host).  GO=... runs that one Go only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
CC=${CC:-gcc}
case $($CC -dumpmachine) in
  x86_64-*) ;;
  *) echo "bench-go: linkname-go is for amd64; $CC targets $($CC -dumpmachine)"; exit 0 ;;
esac
root_go=$top/build/root-forky/usr/lib/go-1.27/bin/go
gos=${GO:-/usr/lib/go-1.19/bin/go $( [ -x "$root_go" ] && echo "$root_go")}
[ -f /usr/include/xxhash.h ] || { echo "bench-go: no xxhash.h (libxxhash-dev)"; exit 1; }
[ -d /usr/share/gocode/src/github.com/cespare/xxhash ] \
  || { echo "bench-go: no github.com/cespare/xxhash (golang-github-cespare-xxhash-dev)"; exit 1; }
make -s -C "$top" CC="$CC" plugin
lgo=$(make -s -C "$top" CC="$CC" print-linkname-go)
out="$top/build/bench/go"
rm -rf "$out" && mkdir -p "$out" && cp -r "$here"/. "$out/"
export GOCACHE="$top/build/go-cache" GOPATH="$top/build/go-path" GOPROXY=off \
  GOFLAGS=-mod=mod CGO_ENABLED=1 CC="$CC" GOTOOLCHAIN=local GOTELEMETRY=off
"$lgo" -cc "$CC" -o "$out/bind" "$out/c/add.c" "$out/c/xxh.c" -- -O2 2>"$out/lgo.log" \
  || { cat "$out/lgo.log"; exit 1; }
# The class each function got, as linkname-go wrote it.
grep -h -A1 -E '^// (Add|AddLeaf|AddBlock|XXH64) calls' "$out"/bind/linkname_*.go \
  | grep -E '^// (Class|Add|XXH)' | sed 's/^\/\/ /  /; s/: it runs.*//' || true
cd "$out"
for go in $gos; do
  [ -x "$go" ] || { echo "bench-go: no Go at $go (golang-1.19-go)"; exit 1; }
  GOROOT=$(cd "$(dirname "$go")/.." && pwd) "$go" build -o gocall ./cmd
  ./gocall -n "${BENCH_GO_CALLS:-1000000}" -rounds "${BENCH_GO_ROUNDS:-21}"
done
