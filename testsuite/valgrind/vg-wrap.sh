#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# vg-wrap.sh PROG ARGS... - GCC's -wrapper: run the compilers proper
# (cc1, lto1) under valgrind, one log per process in $LN_VG_LOGS (the
# time in the name: pids wrap around in a long run); run
# everything else (as, collect2, lto-wrapper) as it is.
case ${1##*/} in
  cc1 | cc1plus | lto1)
    exec valgrind -q --error-limit=no --leak-check=no --num-callers=30 \
      --log-file="$LN_VG_LOGS/vg.%p.$(date +%s%N).log" "$@" ;;
  *) exec "$@" ;;
esac
