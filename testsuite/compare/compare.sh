#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# compare.sh [--quiet] [PAIR...] - the side-by-side comparison with gccgo
# (make compare).  Each pair NAME.go / NAME.c carries the same directives;
# NAME.expect says what they are and what to compare:
#   directive  TEXT     the row's label
#   cflags     FLAGS    extra options for the C side (plugin arguments)
#   symbols    NAMES    the symbols the directives may produce
#   verdict    same | different: WHY
#   plugin     LINE     (for "different") a line the plugin's result must
#                       have; together they must be all of it
# Both files are compiled (gccgo with -fgo-pkgpath=example.com/cmp, C with
# $CC and the plugin).  A result is the sorted list of the diagnostics
# (gccgo's spelling turned into ours: '//go:linkname' is '#pragma
# linkname', quotes and [-Wxxx] dropped; an assembler failure is one
# "error: assembler: ...") and, for each listed symbol, its type, binding
# and whether it is defined (readelf -s).  "same" pairs must give equal
# results; "different" pairs must differ, and the plugin's must be the one
# the pair states.  Prints a table and "compare: N pairs, N as expected,
# N not"; exit status 1 when a pair is not as expected.
#
# Environment: CC (gcc-12), PLUGIN (the plugin built for CC), GCCGO
# (gccgo-12), COMPARE_TMP (a scratch directory), COMPARE_SAVE (a file to
# write each pair's gccgo result to), COMPARE_REF (such a file from
# another gccgo: the table gains a column saying, pair by pair, whether
# this gccgo gives the same result as that one; make compare sets it for
# gccgo-15 against gccgo-12).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
quiet=0
[ "${1:-}" = "--quiet" ] && { quiet=1; shift; }
CC=${CC:-gcc-12}
GCCGO=${GCCGO:-gccgo-12}
PLUGIN=${PLUGIN:-$(make -s -C "$top" CC="$CC" print-plugin)}
tmp=${COMPARE_TMP:-$(mktemp -d)}
mkdir -p "$tmp"
[ -z "${COMPARE_TMP:-}" ] && trap 'rm -rf "$tmp"' EXIT

# The value of KEY in an expect file (all lines for "plugin").
field() { sed -n "s/^$1 *//p" "$2"; }

# Diagnostics on stdin, as "error: MSG" / "warning: MSG" lines.
normalize() {
  awk '
    / Error: / && !asm { sub(/.* Error: /, ""); print "error: assembler: " $0; asm = 1; next }
    match($0, /(error|warning): /) && $0 !~ /Assembler messages/ {
      m = substr($0, RSTART); print m }' |
    sed -e "s#'//go:linkname'#'\#pragma linkname'#g" -e "s/'//g" \
        -e 's/ \[-W[^]]*\]$//'
}

# Symbol lines for the names listed, from object $1.
symbols() {
  local obj=$1; shift
  for s in "$@"; do
    local row=""
    [ -f "$obj" ] && row=$(readelf -sW "$obj" 2>/dev/null |
      awk -v n="$s" '$8 == n { print $4, $5, ($7 == "UND" ? "undefined" : "defined"); exit }')
    if [ -n "$row" ]; then echo "symbol $s $row"; else echo "no symbol $s"; fi
  done
}

# A result on one line, for the table.
join_lines() { paste -sd'\v' | sed 's/\v/ · /g'; }

# Result of one side: diagnostics then symbols, sorted.
result() {
  local obj=$1 log=$2; shift 2
  { normalize <"$log"; symbols "$obj" "$@"; } | sort
}

pairs=("$@")
[ ${#pairs[@]} -eq 0 ] && pairs=($(cd "$here" && ls *.expect | sed 's/\.expect$//'))
ok=0 bad=0
ref=${COMPARE_REF:-}
refname=$(basename "${ref:-none}" .tsv)
table=$(printf '%s\t%s\t%s\t%s' "directive" "$GCCGO" "plugin ($CC)" "verdict")
[ -n "$ref" ] && table+=$(printf '\t%s' "$GCCGO vs $refname")
[ -n "${COMPARE_SAVE:-}" ] && : >"$COMPARE_SAVE"
for p in "${pairs[@]}"; do
  exp="$here/$p.expect"
  read -r -a syms <<<"$(field symbols "$exp")"
  verdict=$(field verdict "$exp")
  (cd "$tmp" && LC_ALL=C "$GCCGO" -fgo-pkgpath=example.com/cmp \
      -fdiagnostics-plain-output -c "$here/$p.go" -o "$p.go.o") >"$tmp/$p.go.log" 2>&1
  (cd "$tmp" && LC_ALL=C $CC -fplugin="$PLUGIN" $(field cflags "$exp") \
      -fdiagnostics-plain-output -O2 -c "$here/$p.c" -o "$p.c.o") >"$tmp/$p.c.log" 2>&1
  go=$(result "$tmp/$p.go.o" "$tmp/$p.go.log" "${syms[@]}")
  c=$(result "$tmp/$p.c.o" "$tmp/$p.c.log" "${syms[@]}")
  why=""
  case $verdict in
    same)
      [ "$go" = "$c" ] || why="the results differ" ;;
    different:*)
      want=$(field plugin "$exp" | sort)
      if [ "$go" = "$c" ]; then why="gccgo now agrees: update the pair"
      elif [ "$c" != "$want" ]; then why="the plugin's result is not the one the pair states"
      fi ;;
    *) why="bad verdict '$verdict' in $p.expect" ;;
  esac
  if [ -z "$why" ]; then ok=$((ok + 1)); mark=""; else bad=$((bad + 1)); mark="  <-- NOT AS EXPECTED: $why"; fi
  label=$(field verdict "$exp" | sed 's/^different:.*/different by design/')
  row=$(printf '%s\t%s\t%s\t%s%s' "$(field directive "$exp")" \
    "$(join_lines <<<"$go")" "$(join_lines <<<"$c")" "$label" "$mark")
  [ -n "${COMPARE_SAVE:-}" ] && printf '%s\t%s\n' "$p" "$(join_lines <<<"$go")" >>"$COMPARE_SAVE"
  if [ -n "$ref" ]; then
    other=$(awk -F'\t' -v p="$p" '$1 == p { print $2 }' "$ref")
    if [ "$other" = "$(join_lines <<<"$go")" ]; then row+=$'\t'"same as $refname"
    else row+=$'\t'"DIFFERS: $refname gives ${other:-nothing}"
    fi
  fi
  table+=$'\n'"$row"
  if [ -n "$why" ]; then
    echo "$p: $why" >&2
    diff <(echo "$go") <(echo "$c") | sed 's/^/  /' >&2
    [ "${verdict%%:*}" = different ] && diff <(echo "$want") <(echo "$c") | sed 's/^/  want /' >&2
  fi
done
if [ $quiet -eq 0 ]; then
  # A Markdown table: wide rows stay readable when they wrap.
  awk -F'\t' '{ for (i = 1; i <= NF; i++) printf "| %s ", $i; print "|" }
    NR == 1 { for (i = 1; i <= NF; i++) printf "|---"; print "|" }' <<<"$table"
  grep -q '^verdict *different' "$here"/*.expect && {
    echo; echo "why different by design:"
    for f in "$here"/*.expect; do
      v=$(field verdict "$f"); [ "${v%%:*}" = different ] && echo "  $(basename "$f" .expect): ${v#different: }"
    done
  }
fi
echo "compare: $((ok + bad)) pairs, $ok as expected, $bad not"
[ $bad -eq 0 ]
