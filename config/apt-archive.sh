#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# apt-archive.sh - print the Debian archive this machine's apt uses: the
# URI of the first "deb" source (one-line /etc/apt/sources.list and
# sources.list.d/*.list, or deb822 sources.list.d/*.sources) that serves
# the machine's own suite (VERSION_CODENAME of /etc/os-release, e.g.
# bookworm; not bookworm-security or bookworm-updates).  The roots of
# config/make-root.sh and the Debian package test come from there, so no
# archive address is written in this tree.  Exit 1, saying so, when there
# is none.  APT_ETC overrides /etc/apt (tests).
set -u
etc=${APT_ETC:-/etc/apt}
codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
files=()
[ -f "$etc/sources.list" ] && files+=("$etc/sources.list")
for f in "$etc"/sources.list.d/*.list "$etc"/sources.list.d/*.sources; do
  [ -f "$f" ] && files+=("$f")
done
uri=
if [ ${#files[@]} -gt 0 ]; then
  uri=$(awk -v want="$codename" '
    function found(u) { if (!done && u ~ /^(https?|file|ftp):/) { print u; done = 1; exit } }
    FNR == 1 { para() }
    # One-line style: deb [options] URI SUITE COMPONENT...
    FILENAME !~ /\.sources$/ {
      sub(/#.*/, "")
      if ($1 != "deb") next
      i = 2
      if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
      if (want == "" || $(i + 1) == want) found($i)
      next
    }
    # deb822: paragraphs of Types, URIs, Suites (Enabled: no skips one).
    function para() {
      if (types ~ /(^| )deb( |$)/ && enabled != "no" && (want == "" || (" " suites " ") ~ (" " want " ")))
        { n = split(uris, u, " "); for (k = 1; k <= n; k++) found(u[k]) }
      types = uris = suites = enabled = ""
    }
    /^[ \t]*#/ { next }
    /^[ \t]*$/ { para(); next }
    { line = $0; key = tolower(line); sub(/:.*/, "", key); sub(/^[^:]*:[ \t]*/, "", line)
      if (key == "types") types = line
      else if (key == "uris") uris = line
      else if (key == "suites") suites = line
      else if (key == "enabled") enabled = tolower(line) }
    END { para() }
  ' "${files[@]}")
fi
if [ -z "$uri" ]; then
  echo "linkname: no Debian archive for '${codename:-this suite}' in $etc/sources.list{,.d/}; set ROOT_MIRROR" >&2
  exit 1
fi
echo "$uri"
