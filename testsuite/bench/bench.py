#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# bench.py CC PLUGIN ZLIB_DIR OUT - the plugin's compile-time cost (make bench).
#
# Every figure is a ratio of two builds measured side by side in one run:
# repetitions interleave the two variants and the minimum of each
# compile is kept (the machine is noisy; the minimum is the least
# disturbed run).  Time is
# the CPU time (user + system) of the compiler and its children, from
# wait4; peak memory is their largest resident set.
#   (a) zlib at -O2 -c, with the plugin loaded and no directive, vs. plain
#   (b) N static functions, each given a linkname, vs. the same unit with
#       GCC's own asm labels and 'used' (the least any compiler can do);
#       N = 2000, 20000, 200000 to show the cost grows linearly
#       On x86-64 each pushed function also gets its ABI0 thunk (abi0=yes,
#       the default); the figure without them (abi0=no) is shown beside it
#   (c) cc1's peak memory for (b)
import os
import subprocess
import sys

ZLIB = ("adler32 compress crc32 deflate gzclose gzlib gzread gzwrite "
        "infback inffast inflate inftrees trees uncompr zutil").split()


def run(cmd):
    """(CPU seconds, peak RSS in MiB) of CMD and its children."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, ru = os.wait4(proc.pid, 0)
    if status:
        sys.exit("bench: failed: %s" % " ".join(cmd))
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def measure(variants, reps):
    """{name: (CPU seconds, peak MiB)} for each variant, a list of (name,
    [commands]), over REPS interleaved runs: the time is the sum of each
    command's minimum, the memory the largest peak."""
    best = {}
    for _ in range(reps):
        for name, cmds in variants:
            times, mem = best.get(name, ([float("inf")] * len(cmds), 0))
            for i, c in enumerate(cmds):
                dt, m = run(c)
                times[i], mem = min(times[i], dt), max(mem, m)
            best[name] = (times, mem)
    return {name: (sum(t), m) for name, (t, m) in best.items()}


def unit(path, n, linkname):
    """N static functions pushed by '#pragma linkname', or the same
    symbols from asm labels.  Both units have a prototype and a
    definition per function (an asm label needs the prototype), so that
    they give the compiler the same work but for the directive."""
    with open(path, "w") as f:
        for i in range(n):
            if linkname:
                f.write("static int f%d (int);\n"
                        "static int f%d (int x) { return x + %d; }\n"
                        "#pragma linkname f%d pkg.f%d\n" % (i, i, i, i, i))
            else:
                f.write("__attribute__ ((used)) int f%d (int) "
                        "__asm__ (\"pkg.f%d\");\n"
                        "int f%d (int x) { return x + %d; }\n" % (i, i, i, i))


def main():
    cc, plugin, zlib, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    load = "-fplugin=" + plugin

    def zlib_cmds(extra):
        return [[cc] + extra + ["-O2", "-D_LARGEFILE64_SOURCE=1",
                                "-DHAVE_UNISTD_H", "-I" + zlib, "-c",
                                "%s/%s.c" % (zlib, f), "-o",
                                "%s/%s.o" % (out, f)] for f in ZLIB]
    a = measure([("plain", zlib_cmds([])), ("plugin", zlib_cmds([load]))],
                int(os.environ.get("BENCH_REPS", 11)))
    ra = a["plugin"][0] / a["plain"][0]
    print("(a) zlib, 15 files, -O2 -c: plain %.3f s, plugin loaded %.3f s: "
          "ratio %.4f (%+.2f%%)" % (a["plain"][0], a["plugin"][0], ra,
                                    (ra - 1) * 100))

    print("(b) N static functions, -O0 -S: linkname vs. asm label + used;"
          " (c) cc1 peak memory")
    for n, reps in ((2000, 9), (20000, 5), (200000, 2)):
        src = {}
        for kind in ("asm", "linkname"):
            src[kind] = "%s/funcs-%d-%s.c" % (out, n, kind)
            unit(src[kind], n, kind == "linkname")
        cmds = {k: [[cc, load, "-O0", "-S", s, "-o", s[:-2] + ".s"]]
                for k, s in src.items()}
        cmds["nothunk"] = [cmds["linkname"][0][:2]
                           + ["-fplugin-arg-linkname-abi0=no"]
                           + cmds["linkname"][0][2:]]
        b = measure([(k, cmds[k]) for k in ("asm", "linkname", "nothunk")],
                    reps)
        (ta, ma), (tl, ml), (tn, mn) = b["asm"], b["linkname"], b["nothunk"]
        print("    N=%6d: asm %.3f s, linkname %.3f s: ratio %.3f "
              "(abi0=no: %.3f s, %.3f); %.1f us per linkname function; "
              "peak %.0f MiB vs %.0f MiB (%.3f; abi0=no %.3f)"
              % (n, ta, tl, tl / ta, tn, tn / ta, tl / n * 1e6, ma, ml,
                 ml / ma, mn / ma))


if __name__ == "__main__":
    main()
