#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# bench.sh CC - make bench: unpack zlib (testsuite/real/source.sh) and run
# bench.py for CC's plugin.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cc=${1:-gcc}
cd "$top"
. "$top/testsuite/real/source.sh"
gcc_source "$top" zlib
python3 "$here/bench.py" "$cc" "$(make -s CC="$cc" print-plugin)" \
  "$gcc_src/zlib" "$top/build/bench/$cc"
