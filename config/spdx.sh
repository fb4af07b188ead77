#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# spdx.sh - the licence lines of every source file.
#
#   spdx.sh          add "SPDX-License-Identifier: GPL-3.0-or-later" and
#                    "Copyright (C) 2026 The linkname authors" where a
#                    source file lacks them (idempotent)
#   spdx.sh --check  list the source files that lack them; the last line
#                    is "N passed, N failed" (one per source file)
#
# The files are git's tracked files (a tree without git: every file but
# build/).  Which are source, and the comment each gets, goes by name:
#   .c .h .cc .S .inc           /* ... */
#   .go .s (Go assembly)        // ...
#   .sh .py .exp .tcl, Makefile, debian/rules, scripts with #!   # ...
#   .texi                       @c ...
#   .md                         <!-- ... -->
#   .1 .7 .in (man pages)       .\" ...
# Everything else is data (package lists, symabis and expected-output
# files, go.mod) or text with no comment syntax (ChangeLog, NEWS,
# README, COPYING, debian/changelog, debian/copyright), listed in
# EXEMPT below or left out by its name.
# The lines go at the top (after a #! or \input line), except in test
# inputs and examples (C, assembly and Go under testsuite/ but for the unit
# tests, which no test reads by line, and examples/):
# there line numbers matter (dg-error LINE, expected diagnostics), so
# they go at the end.  Markdown gets them at the end too, so that a
# README opens with its text.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

SPDX='SPDX-License-Identifier: GPL-3.0-or-later'
COPYRIGHT='Copyright (C) 2026 The linkname authors'
# Files of a source type that are still not source.
EXEMPT='COPYING ChangeLog NEWS testsuite/README testsuite/baseline.txt'

check=0
[ "${1:-}" = --check ] && check=1

# style FILE - the comment style of FILE, or nothing when it is not source.
style() {
  local f=$1 base=${1##*/}
  case " $EXEMPT " in *" $f "*) return ;; esac
  case $f in debian/rules) echo hash; return ;; debian/*) return ;; esac
  case $base in
    *.c | *.h | *.cc | *.S | *.inc) echo c ;;
    *.go | *.s) echo slash ;;
    *.sh | *.py | *.exp | *.tcl | *.mk | Makefile) echo hash ;;
    *.texi) echo texi ;;
    *.md) echo md ;;
    *.1 | *.7 | *.1.in | *.7.in) echo roff ;;
    *.*) ;;
    *) if head -c 2 "$f" 2>/dev/null | grep -q '^#!'; then echo hash; fi ;;
  esac
}

# comment STYLE TEXT - TEXT as a comment line of STYLE.
comment() {
  case $1 in
    c) printf '/* %s */\n' "$2" ;;
    slash) printf '// %s\n' "$2" ;;
    hash) printf '# %s\n' "$2" ;;
    texi) printf '@c %s\n' "$2" ;;
    md) printf '<!-- %s -->\n' "$2" ;;
    roff) printf '.\\" %s\n' "$2" ;;
  esac
}

# at_end FILE STYLE - do FILE's lines go at its end?
at_end() {
  case $2 in md) return 0 ;; c | slash) ;; *) return 1 ;; esac
  case $1 in testsuite/unit/*) return 1 ;; testsuite/* | examples/*) return 0 ;; esac
  return 1
}

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files)
else
  files=$(find . -path ./build -prune -o -path ./.git -prune -o -type f -print | sed 's|^\./||' | sort)
fi

missing=0 present=0
while IFS= read -r f; do
  [ -f "$f" ] || continue
  s=$(style "$f")
  [ -n "$s" ] || continue
  need=()
  grep -q "$SPDX" "$f" || need+=("$SPDX")
  grep -qF "$COPYRIGHT" "$f" || need+=("$COPYRIGHT")
  if [ ${#need[@]} -eq 0 ]; then present=$((present + 1)); continue; fi
  if [ $check = 1 ]; then
    echo "FAIL: $f: no ${need[0]%%:*} line"
    missing=$((missing + 1))
    continue
  fi
  lines=$(for l in "${need[@]}"; do comment "$s" "$l"; done)
  tmp=$f.spdx-tmp
  if at_end "$f" "$s"; then
    # After a blank line, as gofmt wants a trailing comment.
    { cat "$f"; [ -z "$(tail -c 1 "$f")" ] || echo; echo; echo "$lines"; } >"$tmp"
  elif head -n 1 "$f" | grep -q '^\(#!\|\\input\)'; then
    { head -n 1 "$f"; echo "$lines"; tail -n +2 "$f"; } >"$tmp"
  elif [ "$s" = slash ]; then
    { echo "$lines"; echo; cat "$f"; } >"$tmp"
  else
    { echo "$lines"; cat "$f"; } >"$tmp"
  fi
  chmod --reference="$f" "$tmp"
  mv "$tmp" "$f"
  echo "spdx: $f"
done <<<"$files"

if [ $check = 1 ]; then
  [ $missing -gt 0 ] && echo "$missing source files lack the licence lines: bash config/spdx.sh adds them"
  echo "$present passed, $missing failed"
  [ $missing -eq 0 ]
fi
