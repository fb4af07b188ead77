#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# help-to-man.sh OPTIONS.C - the OPTIONS section of linkname.7, made at
# build time from the plugin's help text (ln_help_text in OPTIONS.C, what
# -fplugin-arg-linkname-help prints), so that the man page and the help
# cannot drift apart.  Each "  KEY[=VALUE]  text" line of the help's
# options, with its indented continuation lines, becomes a .TP entry for
# -fplugin-arg-linkname-KEY[=VALUE].
set -eu
sed -n '/^const char ln_help_text\[\] =/,/;$/p' "$1" \
  | sed -n 's/^[[:space:]]*"\(.*\)"[;]*$/\1/p' \
  | sed 's/\\n$//; s/\\"/"/g; s/" LN_VERSION "/VERSION/' \
  | awk '
    function flush() { if (item != "") { print ".TP"; print item; print text } item = ""; text = "" }
    function roff(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); sub(/^[.'"'"']/, "\\\\\\&&", s); return s }
    /^options / { on = 1; next }
    !on { next }
    /^  [^ ]/ {
      flush()
      line = substr($0, 3); key = line; sub(/ .*/, "", key)
      rest = substr(line, length(key) + 1); sub(/^ +/, "", rest)
      v = key; name = key; sub(/=.*/, "", name)
      if (v ~ /=/) { val = v; sub(/^[^=]*=/, "", val); item = ".BI " roff("-fplugin-arg-linkname-" name "=") " " roff(val) }
      else item = ".B " roff("-fplugin-arg-linkname-" name)
      text = roff(rest)
      next
    }
    /^   / { l = $0; sub(/^ +/, "", l); text = (text == "" ? "" : text "\n") roff(l); next }
    END { flush() }'
