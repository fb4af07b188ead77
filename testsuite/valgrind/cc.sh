#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# cc.sh - installed by check-valgrind.sh as a link named like the real
# driver (gcc-12, g++-12): runs that driver from $LN_REAL_DIR with
# vg-wrap.sh as its -wrapper, so that DejaGnu runs every compile of the
# suite under valgrind unchanged, and finds the C++ driver by name.
exec "$LN_REAL_DIR/${0##*/}" -wrapper "$(dirname "$(readlink -f "$0")")/vg-wrap.sh" "$@"
