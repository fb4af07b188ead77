#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# run.sh - mutation testing (make check-mutants).
#
# Each mutant in testsuite/mutants/mutants.txt is one deliberate defect:
# sed expressions applied to a copy of the source tree in
# build/mutants/NAME/src (never to the tree itself).  The copy builds its
# own plugin, and the parts of the test suite the mutant lists run against
# it, in order, until one fails: the mutant is then "killed".  A mutant
# that passes every part it lists "survived": a test is missing.  A mutant
# whose expressions change nothing, or whose copy does not build, is an
# error (the list is out of date), never a kill.
#
#   bash testsuite/mutants/run.sh [NAME...]     (default: every mutant)
#
# Parts (CC is gcc-12 unless MUTANT_CC says otherwise):
#   unit                   the core's unit tests
#   dg cxx sym run abi0 random plugin transparent compare gccgo
#                          that DejaGnu directory with CC
#   all                    every DejaGnu directory with CC
#   aarch64 i686           every DejaGnu directory with that cross compiler
#   gobind                 testsuite/gobind/run.sh CC
#   goscen                 testsuite/goscen/run.sh CC (issue 16's scenarios)
#   fuzz                   200 fuzzer units (testsuite/fuzz/run.py)
#   class@gcc-N            linkname.class with the root's gcc-N (the Go
#                          entries' code differs between GCC versions);
#                          an error when there is no root
# The mutant named "nothing" (plugin_init returns at once) runs the whole
# DejaGnu suite and prints how many of its assertions still pass.
#
# Last line: "mutation score: K/N killed (P%)", then "N passed, N failed"
# (a killed mutant passes, a surviving one or an error fails).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
cc=${MUTANT_CC:-gcc-12}
list=testsuite/mutants/mutants.txt
root=$top/build/mutants
mkdir -p "$root"

declare -A cross=([aarch64]=aarch64-linux-gnu-gcc-12 [i686]=i686-linux-gnu-gcc-12)
declare -A dejagnu_exp=([dg]=linkname.dg/dg.exp [cxx]=linkname.cxx/cxx.exp
  [sym]=linkname.sym/sym.exp [run]=linkname.run/run.exp [abi0]=linkname.abi0/abi0.exp
  [random]=linkname.abi0/random.exp [plugin]=linkname.plugin/plugin.exp
  [transparent]=linkname.transparent/transparent.exp
  [compare]=linkname.compare/compare.exp [gccgo]=linkname.gccgo/gccgo.exp
  [class]=linkname.class/class.exp)

# Pristine builds, whose objects each copy starts from: make then
# recompiles only what the mutant touched.
for c in "$cc" "${cross[@]}"; do
  make -s CC="$c" plugin >/dev/null 2>&1 || { echo "FAIL: building the pristine plugin for $c"; echo "0 passed, 1 failed"; exit 1; }
done

# Parse the list into NAMES, PARTS[name], EDITS[name] (FILE<tab>EXPR lines).
declare -a names=()
declare -A parts=() edits=() why=()
current=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    ''|'#'*) continue ;;
    '  '*)
      line=${line#  }
      if [[ $line == why:* ]]; then why[$current]=${line#why: }; continue; fi
      file=${line%%: *}; expr=${line#*: }
      edits[$current]+="$file"$'\t'"$expr"$'\n' ;;
    *)
      read -r current rest <<<"$line"
      names+=("$current"); parts[$current]=$rest; edits[$current]= ;;
  esac
done <"$list"

if [ $# -gt 0 ]; then selected=("$@"); else selected=("${names[@]}"); fi

# The copy: every file git knows or would add, without build/.
make_copy() {
  local dst=$1
  rm -rf "$dst" && mkdir -p "$dst"
  git ls-files -co --exclude-standard | grep -v '^build/' | tar -cf - -T - | tar -xf - -C "$dst"
  mkdir -p "$dst/build"
  for c in "$cc" "${cross[@]}"; do
    local b
    b=$(make -s CC="$c" print-plugin)
    cp -a "$(dirname "$b")" "$dst/build/"
  done
  rm -f "$dst"/build/*/linkname.so "$dst"/build/*/linkname-go
}

# runtest in the copy; status 1 on any FAIL, ERROR, UNRESOLVED, XPASS or
# a missing summary.  Prints "P passes".
run_dejagnu() {
  local src=$1 c=$2 out=$3; shift 3
  local plugin
  plugin=$(make -s -C "$src" CC="$c" print-plugin)
  rm -rf "$out" && mkdir -p "$out"
  (cd "$out" && runtest --tool linkname --srcdir "$src/testsuite" CC="$c" \
     PLUGIN="$plugin" "$@" >runtest.out 2>&1)
  local sum=$out/linkname.sum
  [ -f "$sum" ] || { echo "no summary"; return 1; }
  local p
  p=$(awk 'index($0, "# of expected passes") == 1 { n += $NF } END { print n + 0 }' "$sum")
  local bad
  bad=$(grep -cE '^(FAIL|ERROR|UNRESOLVED|XPASS):' "$sum")
  echo "$p passes, $bad failures"
  [ "$bad" -eq 0 ]
}

run_part() {
  local name=$1 part=$2 src=$3 dir=$4
  case $part in
    unit) make -s -C "$src" unit >"$dir/unit.out" 2>&1 ;;
    all) run_dejagnu "$src" "$cc" "$dir/all" ;;
    aarch64|i686) make -s -C "$src" CC="${cross[$part]}" WERROR= plugin >/dev/null 2>&1 \
		    && run_dejagnu "$src" "${cross[$part]}" "$dir/$part" ;;
    gobind) bash "$src/testsuite/gobind/run.sh" "$cc" >"$dir/gobind.out" 2>&1 \
	      && ! grep -qE '^(FAIL|ERROR)' "$dir/gobind.out" ;;
    goscen) bash "$src/testsuite/goscen/run.sh" "$cc" >"$dir/goscen.out" 2>&1 ;;
    class@gcc-*)
      local rcc=${part#class@}
      [ -f "$top/build/root-forky/.linkname-root" ] || { echo "no root for $part" >&2; return 3; }
      # The copy lies in this tree, which the root sees at the same path;
      # run_dejagnu goes in through the environment.
      export -f run_dejagnu
      HOST_CC=$rcc bash "$top/config/in-root.sh" bash -c '
	make -s -C "$1" CC="$2" WERROR= plugin >/dev/null 2>&1 || exit 3
	run_dejagnu "$1" "$2" "$3" TORTURE=quick linkname.class/class.exp >/dev/null' \
	_ "$src" "$rcc" "$dir/$part"
      local st=$?
      [ "$st" -eq 3 ] && echo "the copy does not build for $rcc" >&2
      return "$st" ;;
    fuzz) python3 "$src/testsuite/fuzz/run.py" --cc "$cc" \
	    --plugin "$(make -s -C "$src" CC="$cc" print-plugin)" --seed 1 -n 200 \
	    --out "$dir/fuzz" >"$dir/fuzz.out" 2>&1 ;;
    *)
      local exp=${dejagnu_exp[$part]:-}
      [ -n "$exp" ] || { echo "unknown part '$part'" >&2; return 2; }
      run_dejagnu "$src" "$cc" "$dir/$part" "$exp" >/dev/null ;;
  esac
}

killed=0 survived=0 errors=0 total=0
start_all=$(date +%s)
for name in "${selected[@]}"; do
  [ -n "${parts[$name]+x}" ] || { echo "ERROR: no mutant '$name' in $list"; errors=$((errors + 1)); continue; }
  total=$((total + 1))
  t0=$(date +%s)
  dir=$root/$name
  src=$dir/src
  make_copy "$src"
  changed=1
  while IFS=$'\t' read -r file expr; do
    [ -n "$file" ] || continue
    any=0
    for f in $(cd "$src" && ls -d $file 2>/dev/null); do
      cp "$src/$f" "$dir/orig" && sed -i -e "$expr" "$src/$f"
      cmp -s "$src/$f" "$dir/orig" || any=1
    done
    [ $any = 1 ] || { echo "ERROR: $name: '$expr' changes nothing in $file"; changed=0; }
  done <<<"${edits[$name]}"
  rm -f "$dir/orig"
  if [ $changed = 0 ]; then errors=$((errors + 1)); continue; fi
  if ! make -s -C "$src" CC="$cc" WERROR= plugin >"$dir/build.out" 2>&1; then
    echo "ERROR: $name: the mutant does not build (see $dir/build.out)"
    errors=$((errors + 1)); continue
  fi
  verdict=survived by=
  for part in ${parts[$name]}; do
    res=$(run_part "$name" "$part" "$src" "$dir")
    st=$?
    if [ "$name" = nothing ] && [ "$part" = all ]; then
      echo "nothing: a plugin that does nothing, whole DejaGnu suite with $cc: $res"
    fi
    # 3: the part could not run (class@gcc-N without a root or a build).
    if [ $st = 3 ]; then verdict=error by=$part; break; fi
    if [ $st != 0 ]; then verdict=killed by=$part; break; fi
  done
  t=$(( $(date +%s) - t0 ))
  if [ $verdict = killed ]; then
    killed=$((killed + 1))
    echo "killed   $name (by $by, ${t}s): ${why[$name]:-}"
  elif [ $verdict = error ]; then
    errors=$((errors + 1))
    echo "ERROR: $name: part $by could not run"
  else
    survived=$((survived + 1))
    echo "FAIL: survived $name (parts: ${parts[$name]}, ${t}s): ${why[$name]:-}"
  fi
done
n=$((killed + survived + errors))
echo "mutation score: $killed/$n killed ($(( n ? 100 * killed / n : 0 ))%), $survived survived, $errors errors, $(( $(date +%s) - start_all ))s"
echo "$killed passed, $((survived + errors)) failed"
[ $((survived + errors)) -eq 0 ]
