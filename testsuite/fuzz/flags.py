# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# flags.py - the option sets fuzzed units are compiled under.
#
# One place for every flag, so that new plugin features (the ABI0 thunks,
# say) only add a line here.  A flag set is one optimization level plus
# each optional flag drawn with its probability; a group draws at most one
# of its members.

OPT_LEVELS = ["-O0", "-O1", "-O2", "-O3", "-Os"]

# (probability, [alternatives]); the first that applies to the target wins.
OPTIONAL = [
    (0.20, ["-flto", "-flto -ffat-lto-objects", "-flto -fwhole-program"]),
    (0.25, ["-g", "-g3", "-gdwarf-4"]),
    (0.25, ["-fPIC", "-fpic", "-fPIE"]),
    (0.10, ["-fwhole-program"]),
    (0.15, ["-fvisibility=hidden"]),
    (0.35, ["-std=c89", "-std=gnu89", "-std=c99", "-std=c11", "-std=gnu17",
            "-std=c2x"]),
    (0.15, ["-fcf-protection", "-fcf-protection=branch"]),
    (0.10, ["-ffunction-sections -fdata-sections"]),
    (0.10, ["-fno-semantic-interposition"]),
    (0.10, ["-fcommon"]),
    (0.10, ["-Wall -Wextra", "-Wpedantic", "-Werror"]),
    (0.05, ["-fsyntax-only"]),
    (0.05, ["-fplugin-arg-linkname-gccgo-strict"]),
    # How ABI0 thunks return and call (issue 9): GCC's own answer.
    (0.15, ["-mfunction-return=thunk-extern",
            "-mfunction-return=thunk-extern -mharden-sls=all",
            "-mharden-sls=return", "-mcmodel=large", "-mforce-indirect-call",
            "-mindirect-branch-register"]),
    (0.25, ["-fplugin-arg-linkname-abi0=no",
            "-fplugin-arg-linkname-abi0=strict",
            "-fplugin-arg-linkname-mangle=gccgo",
            "-fplugin-arg-linkname-pkgpath=example.com/p-q"]),
]

# Flags a target does not have: a plain error, but a wasted unit.
X86_ONLY = ("-fcf-protection", "-mfunction-return", "-mharden-sls",
            "-mcmodel=large", "-mforce-indirect-call",
            "-mindirect-branch-register")
# ... and flags that need x86-64 (no large code model in 32-bit mode).
X86_64_ONLY = ("-mcmodel=large",)


def draw(rng, triple):
    """A flag list for one unit, for a compiler that targets TRIPLE."""
    x86 = triple.startswith(("x86_64", "i686", "i386"))
    flags = [rng.choice(OPT_LEVELS)]
    for prob, alternatives in OPTIONAL:
        if rng.random() >= prob:
            continue
        choice = rng.choice(alternatives)
        if not x86 and choice.startswith(X86_ONLY):
            continue
        if not triple.startswith("x86_64") and choice.startswith(X86_64_ONLY):
            continue
        flags.extend(choice.split())
    # GCC 11 and 12 (at least) stop with "unrecognizable insn" on any
    # thread-local access in a -fpic/-fPIC unit under
    # -mforce-indirect-call, plugin or not: a GCC bug, not drawn.
    if "-mforce-indirect-call" in flags and ("-fPIC" in flags
                                             or "-fpic" in flags):
        flags.remove("-mforce-indirect-call")
    return flags
