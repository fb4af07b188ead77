#!/bin/sh
# cc.sh - the compiler in $LN_REAL_CC with vg-wrap.sh as its -wrapper, so
# that DejaGnu runs every compile of the suite under valgrind unchanged.
exec $LN_REAL_CC -wrapper "$(dirname "$0")/vg-wrap.sh" "$@"
