#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# report.sh CC PLUGIN SOURCE REPORT - compile SOURCE with 16 compilers at
# once, all appending to REPORT, then check that REPORT holds each of the
# expected lines exactly 16 times and nothing else.  Prints "report ok".
set -u
cc=$1 plugin=$2 src=$3 report=$4
n=16
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
for i in $(seq $n); do
  "$cc" -fplugin="$plugin" -fplugin-arg-linkname-mangle=gccgo \
    -fplugin-arg-linkname-pkgpath=example.com/rep \
    -fplugin-arg-linkname-report="$report" -O2 -c "$src" -o "$tmp/$i.o" &
done
wait
tab=$'\t'
# Defined functions get an ABI0 thunk on x86-64 only.
thunk=no
case $("$cc" -dumpmachine) in x86_64-*) thunk=yes ;; esac
expected=$(sort <<EOF2
helper${tab}sync_1atomic.Load${tab}function${tab}push${tab}${thunk}${tab}$src:3:18
exported${tab}example_0com_1rep.exported${tab}function${tab}export${tab}${thunk}${tab}$src:5:18
counter${tab}pkg.counter${tab}variable${tab}push${tab}no${tab}$src:7:18
pulled${tab}example_0com_1gofn.Sub${tab}function${tab}pull${tab}no${tab}$src:9:18
EOF2
)
got=$(sort "$report" | uniq -c | sed 's/^ *//')
want=$(sed "s/^/$n /" <<<"$expected")
if [ "$got" = "$want" ]; then
  echo "report ok"
else
  echo "report differs:"
  diff <(echo "$want") <(echo "$got")
  exit 1
fi
