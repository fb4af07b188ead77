#!/bin/bash
# check.sh - every test, for every GCC installed (make check).
#
# Installs what is missing (config/packages.txt), builds the plugin for each
# compiler, runs the C core's unit tests and the DejaGnu suite per compiler,
# and ends with one line: "N passed, N failed".  Exit status 1 on any failure.
#
# CHECK_COMPILERS overrides the list; RUNTESTFLAGS is passed to runtest.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

bash config/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }

compilers=${CHECK_COMPILERS:-"gcc-12 gcc-11 aarch64-linux-gnu-gcc-12 i686-linux-gnu-gcc-12"}
passed=0
failed=0

# Build every plugin first: the hygiene tests load one GCC's plugin into
# another to see the version check speak.
for cc in $compilers; do
  if ! make -s CC="$cc" plugin >/dev/null; then
    echo "FAIL: building the plugin for $cc"
    failed=$((failed + 1))
  fi
done

# Run a command whose last line is "N passed, N failed", show its
# failures and that line, and add them up (no such line: one failure).
tally() {
  local label=$1 out
  shift
  out=$("$@" 2>&1)
  grep -E '^(FAIL|ERROR)' <<<"$out" | sed "s|^|$label: |"
  if [[ $(tail -n1 <<<"$out") =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
    echo "$label: ${BASH_REMATCH[1]} passed, ${BASH_REMATCH[2]} failed"
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
  else
    echo "FAIL: $label"
    tail -n 20 <<<"$out"
    failed=$((failed + 1))
  fi
}

# The C core's unit tests (host only), plain and under ASan and UBSan.
tally unit make -s unit
tally unit-san make -s unit-san

# libFuzzer on the core's parsers, briefly (make fuzz-core runs longer).
fuzz_core() {
  if ! make -s build/fuzz-core/core-fuzz >/dev/null 2>&1; then
    echo "0 passed, 0 failed (no libFuzzer: install clang, libclang-rt-14-dev)"
  elif make -s fuzz-core FUZZ_TIME=${CHECK_FUZZ_CORE_TIME:-10} >/dev/null 2>&1; then
    echo "1 passed, 0 failed"
  else
    echo "FAIL: libFuzzer found a crash in the core (build/fuzz-core/crash-*)"
    echo "0 passed, 1 failed"
  fi
}
tally fuzz-core fuzz_core

# The DejaGnu suite, once per compiler.
for cc in $compilers; do
  plugin=$(make -s CC="$cc" print-plugin)
  [ -f "$plugin" ] || continue
  out="$top/build/check/$cc"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$out" && runtest --tool linkname --srcdir "$top/testsuite" \
      CC="$cc" PLUGIN="$plugin" ${RUNTESTFLAGS:-} >runtest.out 2>&1)
  sum="$out/linkname.sum"
  if [ ! -f "$sum" ]; then
    echo "FAIL: runtest for $cc produced no summary (see $out/runtest.out)"
    failed=$((failed + 1))
    continue
  fi
  count() { awk -v k="$1" 'index($0, k) == 1 { n += $NF } END { print n + 0 }' "$sum"; }
  p=$(count "# of expected passes")
  f=$(( $(count "# of unexpected failures") + $(count "# of unexpected successes") \
        + $(count "# of unresolved testcases") ))
  e=$(grep -c '^ERROR:' "$sum")
  u=$(count "# of unsupported tests")
  grep -E '^(FAIL|XPASS|UNRESOLVED|ERROR):' "$sum" | sed "s|^|$cc: |"
  echo "$cc: $p passed, $((f + e)) failed, $u unsupported"
  passed=$((passed + p))
  failed=$((failed + f + e))
done

# Random units through each compiler with the plugin: never an ICE, a
# signal, a hang or an assembler error (testsuite/fuzz/).  The main
# compiler gets more; every seed is the same in each run.
first=1
for cc in $compilers; do
  plugin=$(make -s CC="$cc" print-plugin)
  [ -f "$plugin" ] || continue
  n=${CHECK_FUZZ_OTHERS:-200}
  [ $first = 1 ] && n=${CHECK_FUZZ:-500}
  first=0
  tally "fuzz $cc" python3 testsuite/fuzz/run.py --cc "$cc" --plugin "$plugin" \
    --seed 1 -n "$n" --out "$top/build/fuzz/$cc"
done

# The fuzzer's units by kind: how many reached code generation, how many
# stopped (testsuite/fuzz/run.py writes the line).
for cc in $compilers; do
  [ -f "$top/build/fuzz/$cc/summary.txt" ] && cat "$top/build/fuzz/$cc/summary.txt"
done

# Calling C from Go's gc through linkname-go (testsuite/gobind/): every
# type and random prototypes against cgo, stacks, vet, -race; on other
# targets linkname-go's refusal.
for cc in $compilers; do
  [ -f "$(make -s CC="$cc" print-plugin)" ] || continue
  tally "gobind $cc" bash testsuite/gobind/run.sh "$cc"
done

# Real code (testsuite/real/): zlib byte-identical with the plugin and its
# tests passing; libgo's asm labels as pragmas give the same symbols.
for cc in $compilers; do
  [ -f "$(make -s CC="$cc" print-plugin)" ] || continue
  tally "real $cc" bash testsuite/real/check-real.sh "$cc"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
