#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# check.sh - every test, for every supported GCC (make check).
#
# Installs what is missing (config/packages.txt); makes (or reuses) the
# Debian testing root that holds GCC 13 to 16, gccgo-15 and Go 1.27
# (config/make-root.sh) and runs those compilers in it (config/in-root.sh);
# builds the plugin for each compiler, runs the C core's unit tests and, per
# compiler, the DejaGnu suite, the fuzzer, linkname-go with Go's gc and real
# code (two compilers at a time, CHECK_JOBS).  Each part prints "LABEL: N passed, N failed, N skipped (what it
# counts)", each compiler a line adding up its parts, and the last line is
# "N passed, N failed, N skipped" over all of them.  Exit status 1 on any
# failure.
#
# A part that counts fewer tests than testsuite/baseline.txt expects has
# lost some (a renamed file, a glob that found nothing): that is a failure.
# More than the baseline is said, not failed; CHECK_BASELINE_WRITE=1
# rewrites the file from this run.
#
# CHECK_COMPILERS overrides the list (gcc-13 ... gcc-16 name the root's
# compilers; the root is only made when one of them is listed);
# RUNTESTFLAGS is passed to runtest (and turns off the DejaGnu baseline);
# CHECK_FUZZ / CHECK_FUZZ_OTHERS set the fuzzer's unit counts; CHECK_JOBS
# how many compilers run at once.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

check_t0=$SECONDS
root_compilers="gcc-16 gcc-15 gcc-14 gcc-13"
compilers=${CHECK_COMPILERS:-"gcc-12 gcc-11 aarch64-linux-gnu-gcc-12 i686-linux-gnu-gcc-12 $root_compilers"}

# Does compiler $1 live in the forky root?
in_root() { [[ $1 =~ ^gcc-(1[3-9]|[2-9][0-9])$ ]]; }

# The root is made (the first time: minutes, mostly the network) in the
# background while the host's packages are installed and its compilers
# build and test: debootstrap and bwrap first (config/root-tools.txt),
# then the root, beside the rest of config/packages.txt.  root_ready
# waits for it before the first of its compilers.
root_pid=
root_rc=$top/build/check/root.rc
mkdir -p build/check && rm -f "$root_rc"
for cc in $compilers; do
  in_root "$cc" || continue
  bash config/install-deps.sh root-tools.txt
  { bash config/make-root.sh >/dev/null; echo $? >"$root_rc"; } &
  root_pid=$!
  break
done

if ! bash config/install-deps.sh; then
  echo "FAIL: installing config/packages.txt"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
passed=0
failed=0
skipped=0
declare -A cc_p cc_f cc_s
baseline=$top/testsuite/baseline.txt
new_baseline=$top/build/baseline.txt
mkdir -p build && : >"$new_baseline"

# The first of the host's compilers and the first (newest) of the root's
# run every option set of linkname-go's tests and the zlib comparison,
# between them every set of DejaGnu's lists (dejagnu_torture_of), and
# the Go scenarios; the others run a third to a half of the option sets
# (TORTURE=quick in testsuite/lib/linkname.exp) and a third of the
# fuzzer's units, which keeps make check within 20 minutes.
# CHECK_TORTURE=full runs everything for every compiler (make check-long
# sets it, for the host's compilers).
full_compilers=
host_full= root_full=
for cc in $compilers; do
  if in_root "$cc"; then
    [ -n "$root_full" ] || { full_compilers="$full_compilers $cc"; root_full=$cc; }
  else
    [ -n "$host_full" ] || { full_compilers="$full_compilers $cc"; host_full=$cc; }
  fi
done
torture_of() {
  if [ "${CHECK_TORTURE:-}" = full ] || [[ " $full_compilers " == *" $1 "* ]]; then
    echo full
  else
    echo quick
  fi
}
# The root's compilers between its newest and its oldest (gcc-15 and
# gcc-14) run DejaGnu and the fuzzer only; linkname-go's tests and the
# real code run on the newest and the oldest of each kind, whose plugin
# code paths (gcc-compat.h) bracket theirs.  CHECK_TORTURE=full runs
# everything for them too.
root_oldest=
for cc in $compilers; do
  in_root "$cc" && { [ -z "$root_oldest" ] || [ "${cc#gcc-}" -lt "${root_oldest#gcc-}" ]; } \
    && root_oldest=$cc
done
between() {
  [ "${CHECK_TORTURE:-}" != full ] && in_root "$1" \
    && [[ " $full_compilers " != *" $1 "* ]] && [ "$1" != "$root_oldest" ]
}

# Run a command for compiler $1 (inside the root for the root's compilers,
# where the build machine's compiler is that compiler too).
on() {
  local cc=$1
  shift
  if in_root "$cc"; then
    HOST_CC=$cc bash "$top/config/in-root.sh" "$@"
  else
    "$@"
  fi
}

# build_plugins CC... - build each one's plugin (make -j: nothing else
# runs yet, or the host's parts).  Every plugin of a kind
# (the host's, the root's) is built before any of them is tested: the
# hygiene tests load one GCC's plugin into another to see the version
# check speak.
build_plugins() {
  local cc
  for cc in "$@"; do
    if ! on "$cc" make -s -j"${CHECK_JOBS:-2}" CC="$cc" plugin >/dev/null; then
      echo "FAIL: building the plugin for $cc"
      failed=$((failed + 1)) cc_f[$cc]=1
    fi
  done
}
host_compilers=
for cc in $compilers; do in_root "$cc" || host_compilers="$host_compilers $cc"; done
build_plugins $host_compilers

# root_ready - wait for the root and build its compilers' plugins; on
# failure say so and drop them (1).
root_state=
root_ready() {
  [ -n "$root_state" ] && { [ "$root_state" = ok ]; return; }
  wait "$root_pid" 2>/dev/null
  if [ "$(cat "$root_rc" 2>/dev/null)" = 0 ]; then
    root_state=ok
    local c list=
    for c in $compilers; do in_root "$c" && list="$list $c"; done
    build_plugins $list
    return 0
  fi
  root_state=failed
  echo "FAIL: no Debian forky root for $root_compilers (see above);" \
    "CHECK_COMPILERS='gcc-12 gcc-11' tests the host's compilers only"
  failed=$((failed + 1))
  compilers=$(echo $host_compilers)
  return 1
}

# record LABEL PASSED FAILED SKIPPED WHAT - print a part's line, add it to
# the totals (and to its compiler's, when LABEL ends with one) and hold it
# against the baseline.
record() {
  local label=$1 p=$2 f=$3 s=$4 what=$5 cc=${1##* } want
  echo "$label: $p passed, $f failed, $s skipped ($what)"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  if [[ " $compilers " == *" $cc "* ]]; then
    cc_p[$cc]=$((${cc_p[$cc]:-0} + p))
    cc_f[$cc]=$((${cc_f[$cc]:-0} + f))
    cc_s[$cc]=$((${cc_s[$cc]:-0} + s))
  fi
  [ "${no_baseline:-0}" = 1 ] && return
  echo "$label	$((p + f + s))" >>"$new_baseline"
  want=$(awk -F'\t' -v l="$label" '$1 == l { print $2 }' "$baseline" 2>/dev/null)
  [ -n "$want" ] || return
  if [ $((p + f + s)) -lt "$want" ]; then
    echo "FAIL: $label: $((p + f + s)) tests, testsuite/baseline.txt expects $want (tests vanished)"
    failed=$((failed + 1))
    [ -n "${cc_f[$cc]+x}" ] && cc_f[$cc]=$((${cc_f[$cc]} + 1))
  elif [ $((p + f + s)) -gt "$want" ]; then
    echo "NOTE: $label: $((p + f + s)) tests, baseline $want: raise testsuite/baseline.txt"
  fi
}

# A part runs in two steps, so that the compilers' parts can run side by
# side: run_part LABEL CMD... runs a command and keeps its output (and
# its time) in build/check/parts/; show_part LABEL reads them back, shows
# the failures and the summary line, and adds them up.  The command's last
# line is "N passed, N failed" (", N skipped" optional); no such line is
# one failure.  $what says what it counts (default "checks"); $detail, a
# regular expression, picks a line of its output to quote.
parts=$top/build/check/parts
rm -rf "$parts" && mkdir -p "$parts"
run_part() {
  local log="$parts/${1// /_}" TIMEFORMAT='%0R %0U %0S'
  shift
  { time "$@" >"$log.out" 2>&1; } 2>"$log.times"
  local wall user sys
  read -r wall user sys <"$log.times"
  echo "$wall" >"$log.time"
  echo $((user + sys)) >"$log.cpu"
}
show_part() {
  local label=$1 log="$parts/${1// /_}" out w=${what:-checks} d
  out=$(cat "$log.out" 2>/dev/null)
  grep -E '^(FAIL|ERROR)' <<<"$out" | sed "s|^|$label: |"
  w="$w; $(cat "$log.time" 2>/dev/null || echo '?') s, $(cat "$log.cpu" 2>/dev/null || echo '?') s CPU"
  if [[ $(tail -n1 <<<"$out") =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)? ]]; then
    if [ -n "${detail:-}" ]; then
      d=$(grep -E "$detail" <<<"$out" | tail -n1)
      [ -n "$d" ] && w="$w; ${d#*: }"
    fi
    record "$label" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[4]:-0}" "$w"
  else
    echo "FAIL: $label"
    tail -n 20 <<<"$out"
    record "$label" 0 1 0 "$w; no summary line"
  fi
}
# The Debian package (testsuite/release/check-deb.sh) for the machine's
# gcc: built from the dist tarball, linted, installed with apt into a
# fresh copy of a minimal root of this machine's suite, and used there.
# Much of it waits on dpkg and the network, so it runs from here on
# beside the other parts (not counted among CHECK_JOBS) and is shown at
# the end.
run_part deb bash testsuite/release/check-deb.sh gcc &
deb_pid=$!
# Background jobs that are not a compiler's parts.
others=$deb_pid${root_pid:+
$root_pid}

# tally LABEL CMD... - both steps at once.
tally() {
  run_part "$@"
  show_part "$1"
}

# The C core's unit tests (host only).  The plain run counts assertions;
# the run under ASan and UBSan repeats the same assertions and counts as
# one program, so that the total holds each assertion once.
unit_san() {
  local out
  out=$(make -s unit-san 2>&1)
  if [[ $(tail -n1 <<<"$out") =~ ([0-9]+)\ passed,\ 0\ failed ]]; then
    echo "1 passed, 0 failed"
  else
    tail -n 30 <<<"$out"
    echo "FAIL: unit tests under ASan and UBSan"
    echo "0 passed, 1 failed"
  fi
}

# libFuzzer on the core's parsers, briefly (make fuzz-core runs longer).
# clang and libclang-rt are in config/packages.txt: without them this is a
# failure, not zero tests.
fuzz_core() {
  if ! make -s build/fuzz-core/core-fuzz >/dev/null 2>&1; then
    echo "FAIL: no libFuzzer (clang, libclang-rt-14-dev from config/packages.txt)"
    echo "0 passed, 1 failed"
  elif make -s fuzz-core FUZZ_TIME=${CHECK_FUZZ_CORE_TIME:-10} >/dev/null 2>&1; then
    echo "1 passed, 0 failed"
  else
    echo "FAIL: libFuzzer found a crash in the core (build/fuzz-core/crash-*)"
    echo "0 passed, 1 failed"
  fi
}

# The three build their programs with one compiler process each: side by
# side they use both cores.
run_part unit-san unit_san &
san_pid=$!
run_part fuzz-core fuzz_core &
fuzz_core_pid=$!
what="assertions in testsuite/unit" tally unit make -s unit
wait "$san_pid" "$fuzz_core_pid"
what="one program: the unit assertions again under ASan and UBSan" show_part unit-san
what="one libFuzzer run of ${CHECK_FUZZ_CORE_TIME:-10} s" show_part fuzz-core

# The small parts, one after another: in the background beside the
# compilers' parts when the first compiler is the host's (its plugin is
# built), at the end otherwise; their lines come at the end.
run_small() {
  # Licence: every tracked source file has its SPDX and copyright lines
  # (config/spdx.sh adds them).
  run_part licence bash config/spdx.sh --check
  # A user's first minutes: the tools' --help and --version,
  # linkname-report on a terminal, the README's help command, CC=clang
  # refused, the archive from apt's sources
  # (testsuite/release/check-tools.sh), with the host's first compiler.
  local first_host
  first_host=$(echo $host_compilers)
  first_host=${first_host%% *}
  run_part tools bash testsuite/release/check-tools.sh "${first_host:-gcc}"
  # The manual: no makeinfo or groff warning; every option documented.
  run_part doc bash testsuite/doc/check-doc.sh
  # Build tools (testsuite/buildtools/): ccache, make -j2 -MMD and distcc
  # over loopback, with the first compiler (x86-64 only).
  run_part "buildtools ${compilers%% *}" \
    bash testsuite/buildtools/check-buildtools.sh "${compilers%% *}"
}
small_pid=
if ! in_root "${compilers%% *}"; then
  run_small &
  small_pid=$!
  others="$others
$small_pid"
fi

# DejaGnu's torture for compiler $1: where both full compilers run, each
# runs the quick sets and half of the others (TORTURE=half1, half2 in
# testsuite/lib/linkname.exp), and the two together every set.
dejagnu_torture_of() {
  local t
  t=$(torture_of "$1")
  if [ "$t" = full ] && [ "${CHECK_TORTURE:-}" != full ] \
     && [ -n "$host_full" ] && [ -n "$root_full" ]; then
    if [ "$1" = "$host_full" ]; then t=half1; else t=half2; fi
  fi
  echo "$t"
}

# The DejaGnu suite, once per compiler: its PASS lines; FAIL, XPASS,
# UNRESOLVED and ERROR are failures, UNSUPPORTED and UNTESTED skipped.
dejagnu() {
  local cc=$1 plugin out sum p f e u
  plugin=$(on "$cc" make -s CC="$cc" print-plugin)
  out="$top/build/check/$cc"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$out" && on "$cc" runtest --tool linkname --srcdir "$top/testsuite" \
      CC="$cc" PLUGIN="$plugin" TORTURE="$(dejagnu_torture_of "$cc")" ${RUNTESTFLAGS:-} \
      >runtest.out 2>&1)
  sum="$out/linkname.sum"
  if [ ! -f "$sum" ]; then
    echo "FAIL: runtest for $cc produced no summary (see $out/runtest.out)"
    return 1
  fi
  count() { awk -v k="$1" 'index($0, k) == 1 { n += $NF } END { print n + 0 }' "$sum"; }
  p=$(count "# of expected passes")
  f=$(( $(count "# of unexpected failures") + $(count "# of unexpected successes") \
        + $(count "# of unresolved testcases") ))
  e=$(grep -c '^ERROR:' "$sum")
  u=$(( $(count "# of unsupported tests") + $(count "# of untested testcases") ))
  grep -E '^(FAIL|XPASS|UNRESOLVED|ERROR):' "$sum"
  echo "$p passed, $((f + e)) failed, $u skipped"
}

# Random units through each compiler with the plugin: never an ICE, a
# signal, a hang or an assembler error (testsuite/fuzz/).  The first
# compiler gets more; every seed is the same in each run.
fuzz_units() {
  [ "$1" = "${compilers%% *}" ] && echo "${CHECK_FUZZ:-300}" || echo "${CHECK_FUZZ_OTHERS:-100}"
}

# The real code (testsuite/real/) needs zlib, libgo, libbacktrace and
# libiberty from the host's gcc-12-source, unpacked under build/ here,
# once, in one tar run (the root sees the tree at the same path).
. testsuite/real/source.sh
gcc_source "$top" zlib libgo/runtime libgo/go/runtime libbacktrace libiberty \
  include config top

# The compilers that run the Go scenarios: the first of the host's (with
# Go 1.19) and the first of the root's (with its Go); the scenarios test
# the Go runtimes, and check the bounded stubs against each GCC's entries.
goscen_wanted() {
  case $1 in
    gcc-[0-9]*) [[ " $full_compilers " == *" $1 "* ]] || [ "${CHECK_TORTURE:-}" = full ] ;;
    *) return 1 ;;
  esac
}

# Everything for one compiler, its parts' outputs kept for show_part.
compiler_parts() {
  local cc=$1 go=
  run_part "dejagnu $cc" dejagnu "$cc"
  run_part "fuzz $cc" on "$cc" python3 testsuite/fuzz/run.py --cc "$cc" \
    --plugin "$(on "$cc" make -s CC="$cc" print-plugin)" --seed 1 \
    -n "$(fuzz_units "$cc")" --out "$top/build/fuzz/$cc"
  # Calling C from Go's gc through linkname-go (testsuite/gobind/): every
  # type and random prototypes against cgo, stacks, vet, -race; on other
  # targets linkname-go's refusal.  Host compilers with Debian 12's Go
  # 1.19, the root's with its Go (1.27).
  in_root "$cc" && go=/usr/bin/go
  # A third of the option sets where the torture is quick.
  # Without the race detector and the external link where the torture
  # is quick: the Go side's, the same for every compiler.
  local sets=() race=1
  [ "$(torture_of "$cc")" = quick ] && sets=("-O0" "-O2" "-O2 -flto") race=0
  between "$cc" ||
    run_part "gobind $cc" on "$cc" env ${go:+GO=$go} GOBIND_RACE=$race \
      bash testsuite/gobind/run.sh "$cc" "${sets[@]}"
  # Issue 16's scenarios (testsuite/goscen/): C that blocks, sleeps,
  # crashes or computes, through each call class against cgo; builds
  # that must be refused; two bindings of one C file; libraries through
  # -ldflags and -pkg-config; C++ with its runtime.  The Go runtime is
  # what they test: Go 1.19 with the host's compilers, the root's Go with
  # its first compiler only.
  if goscen_wanted "$cc"; then
    run_part "goscen $cc" on "$cc" env ${go:+GO=$go} bash testsuite/goscen/run.sh "$cc"
  fi
  # Real code: zlib byte-identical with the plugin and its tests passing;
  # libgo's asm labels as pragmas give the same symbols.
  between "$cc" || run_part "real $cc" on "$cc" env REAL_TORTURE="$(torture_of "$cc")" \
    bash testsuite/real/check-real.sh "$cc"
}

# CHECK_JOBS compilers at a time (default 2, the cores of the machine
# class), each one's parts in order; the lines come out in a fixed order
# once all are done.  A free slot takes the next of the root's compilers
# once the root is made, else the next of the host's: the root's newest
# (the most work) starts early, and the lightest (those between, and the
# cross compilers) come last, so that both slots end together.
launch_host=() launch_root=()
for cc in $compilers; do
  if ! in_root "$cc"; then launch_host+=("$cc")
  elif [ "$cc" = "$root_full" ] || [ "$cc" = "$root_oldest" ]; then launch_root+=("$cc")
  fi
done
for cc in $compilers; do
  in_root "$cc" && [ "$cc" != "$root_full" ] && [ "$cc" != "$root_oldest" ] \
    && launch_root+=("$cc")
done
while [ $((${#launch_host[@]} + ${#launch_root[@]})) -gt 0 ]; do
  while [ "$(jobs -rp | grep -cvxF "$others")" -ge "${CHECK_JOBS:-2}" ]; do wait -n; done
  if [ ${#launch_root[@]} -gt 0 ] && { [ -s "$root_rc" ] || [ ${#launch_host[@]} -eq 0 ]; }; then
    cc=${launch_root[0]} launch_root=("${launch_root[@]:1}")
    root_ready || { launch_root=(); continue; }
  else
    cc=${launch_host[0]} launch_host=("${launch_host[@]:1}")
  fi
  compiler_parts "$cc" &
done
wait

for cc in $compilers; do
  [ -n "${RUNTESTFLAGS:-}" ] && no_baseline=1
  what="DejaGnu assertions; skipped: UNSUPPORTED" show_part "dejagnu $cc"
  no_baseline=0
done
for cc in $compilers; do
  no_baseline=1 what="generated units" detail='units compiled cleanly' show_part "fuzz $cc"
done
for cc in $compilers; do
  between "$cc" || what="go generate, vet and test runs" show_part "gobind $cc"
done
for cc in $compilers; do
  goscen_wanted "$cc" || continue
  what="scenarios against cgo, refused builds, two packages, a Go plugin, libraries, C++" show_part "goscen $cc"
done
for cc in $compilers; do
  between "$cc" ||
    what="zlib objects compared and programs run, libgo symbols, libbacktrace, libiberty, googletest pushed (gcc-12)" show_part "real $cc"
done

# The fuzzer's units by kind: how many reached code generation, how many
# stopped (testsuite/fuzz/run.py writes the line).
for cc in $compilers; do
  [ -f "$top/build/fuzz/$cc/summary.txt" ] && cat "$top/build/fuzz/$cc/summary.txt"
done

# The small parts' lines (run_small above).
[ -n "$small_pid" ] || run_small
what="source files with the licence lines" show_part licence
what="tool and README checks" show_part tools
what="manual checks" show_part doc
what="ccache, make and distcc checks" show_part "buildtools ${compilers%% *}"

wait "$deb_pid" 2>/dev/null  # (the plain wait above has reaped it)
what="package, lintian, apt install and use in a fresh root" show_part deb

for cc in $compilers; do
  echo "$cc: ${cc_p[$cc]:-0} passed, ${cc_f[$cc]:-0} failed, ${cc_s[$cc]:-0} skipped"
done
if [ "${CHECK_BASELINE_WRITE:-0}" = 1 ]; then
  { echo "# Tests each part of make check counts (passed + failed + skipped);"
    echo "# fewer is a failure.  CHECK_BASELINE_WRITE=1 make check rewrites it."
    cat "$new_baseline"; } >"$baseline"
  echo "NOTE: wrote testsuite/baseline.txt"
fi
t=$((SECONDS - check_t0))
echo "time: $((t / 60))m$((t % 60))s of wall time (installing and making the roots included)"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
