#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# check-valgrind.sh CC - the DejaGnu suite with cc1 and lto1 under valgrind
# (make check-valgrind).  The suite must pass as usual, and no valgrind
# error may have a frame in the plugin.  Errors entirely inside GCC are
# counted and shown apart: they are not ours to fix.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cc=${1:-gcc}
cd "$top"
plugin=$(make -s CC="$cc" print-plugin)
out=$top/build/check-valgrind/$cc
rm -rf "$out" && mkdir -p "$out/logs"
# Drivers of the same names as the real ones (the suite derives the C++
# driver from CC's name), which add the valgrind wrapper.
mkdir -p "$out/bin"
for d in "$cc" "$(sed -E 's/gcc(-[0-9]+)?$/g++\1/' <<<"$cc")"; do
  ln -sf "$top/testsuite/valgrind/cc.sh" "$out/bin/$d"
done
export LN_REAL_DIR=$(dirname "$(command -v "$cc")") LN_VG_LOGS=$out/logs
(cd "$out" && runtest --tool linkname --srcdir "$top/testsuite" \
   CC="$out/bin/$cc" PLUGIN="$plugin" ${RUNTESTFLAGS:-} >runtest.out 2>&1)
sum=$out/linkname.sum
p=$(awk '/^# of expected passes/ { print $NF }' "$sum")
f=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|ERROR):' "$sum")
grep -E '^(FAIL|XPASS|UNRESOLVED|ERROR):' "$sum"
# The plugin's frames: its .so, or its source files (debug info).
files=$(cd plugin && ls gcc/*.cc core/*.c | sed 's|.*/||' | paste -sd'|')
python3 - "$out/logs" "linkname.so|\\((${files//./\\.}):" <<'PY'
import glob, re, sys
logs, ours = sys.argv[1], re.compile(sys.argv[2])
procs = mine = gcc = 0
for path in sorted(glob.glob(logs + "/vg.*.log")):
    procs += 1
    # Records are separated by lines holding only the "==PID==" prefix.
    text = re.sub(r"(?m)^==\d+== ?", "", open(path, errors="replace").read())
    for rec in filter(None, (r.strip() for r in text.split("\n\n"))):
        if ours.search(rec):
            mine += 1
            print("valgrind error in the plugin (%s):\n%s\n" % (path, rec))
        else:
            gcc += 1
print("valgrind: %d compiler processes, %d errors in plugin frames, "
      "%d errors elsewhere in GCC" % (procs, mine, gcc))
sys.exit(1 if mine or not procs else 0)
PY
vg=$?
echo "$cc: ${p:-0} passed under valgrind, $f failed"
echo "$((${p:-0} + (vg == 0))) passed, $((f + (vg != 0))) failed"
[ "$f" -eq 0 ] && [ $vg -eq 0 ]
