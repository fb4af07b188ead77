# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# source.sh - sourced: gcc_source DIR... unpacks those directories of
# Debian's gcc-12-source tarball into build/real/gcc-12.2.0/ (once) and
# sets $gcc_src to it; the DIR "top" stands for the top-level build
# scripts ($gcc_top_names) that the libraries' configure scripts look for.
# One tar run: each decompresses the whole tarball.  Nothing of the
# tarball is kept in the repository.
gcc_top_names="config.sub config.guess install-sh ltmain.sh missing config-ml.in
  mkinstalldirs move-if-change compile depcomp test-driver"
gcc_tarball=${GCC_TARBALL:-/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz}
gcc_source() {
  local top=$1 dir f missing=()
  shift
  gcc_src=$top/build/real/gcc-12.2.0
  for dir in "$@"; do
    if [ "$dir" = top ]; then
      for f in $gcc_top_names; do
        [ -f "$gcc_src/$f" ] || missing+=("gcc-12.2.0/$f")
      done
    else
      [ -d "$gcc_src/$dir" ] || missing+=("gcc-12.2.0/$dir/*")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ ! -f "$gcc_tarball" ]; then
    echo "no $gcc_tarball: install gcc-12-source" >&2
    return 1
  fi
  mkdir -p "$top/build/real"
  tar -xJf "$gcc_tarball" -C "$top/build/real" --wildcards "${missing[@]}"
}
