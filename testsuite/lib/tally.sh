# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# tally.sh - the count of a shell-scripted part of make check, sourced
# (after set -u): ok and bad MESSAGE count a test (pass MESSAGE as ok,
# printing "PASS: MESSAGE"; bad prints "FAIL: MESSAGE"); tally prints the
# last line testsuite/check.sh reads, "N passed, N failed"; finish prints
# it and exits, with 0 only when none failed.
passed=0 failed=0
ok() { passed=$((passed + 1)); }
pass() { echo "PASS: $*"; ok; }
bad() { echo "FAIL: $*"; failed=$((failed + 1)); }
tally() { echo "$passed passed, $failed failed"; }
finish() { tally; [ "$failed" -eq 0 ]; exit; }
