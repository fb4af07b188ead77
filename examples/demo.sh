#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# demo.sh - make demo: build the plugin, compile examples/ with it, run the
# program, and show the symbols the directives produced.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash config/install-deps.sh demo-packages.txt
CC=${CC:-gcc}
make -s CC="$CC" plugin
plugin=$(make -s CC="$CC" print-plugin)
out=build/demo
mkdir -p "$out"
flags="-fplugin=$plugin -O2 -fplugin-arg-linkname-symabis=examples/symabis.txt"
asm=
case $($CC -dumpmachine) in x86_64-*) asm=examples/asm_amd64.S ;; esac
echo "== compiling examples/ with $CC $flags"
$CC $flags -c examples/runtime.c -o $out/runtime.o
$CC $flags -c examples/main.c -o $out/main.o
$CC $out/runtime.o $out/main.o $asm -o $out/demo
echo "== running"
$out/demo
for obj in runtime main; do
  echo "== symbols of $obj.o (readelf -s: type, binding, visibility, section, name)"
  readelf -sW $out/$obj.o | awk '$5 == "GLOBAL" || $5 == "WEAK" { printf "  %-7s %-6s %-8s %-4s %s\n", $4, $5, $6, $7, $8 }'
done
echo "== the same program again with -flto"
$CC $flags -flto examples/runtime.c examples/main.c $asm -o $out/demo-lto
$out/demo-lto
