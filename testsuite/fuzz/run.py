#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# run.py - compile generated units with the plugin and judge each outcome.
#
#   run.py --cc gcc-12 --plugin build/.../linkname.so [--seed S] [-n N]
#          [--jobs J] [--out DIR] [--timeout SECONDS]
#
# Units S, S+1, ... S+N-1 (gen.py) are compiled with -c under their flag
# set; -flto objects are then linked with -r so that lto1 and the
# assembler see them too.  A unit passes when every step succeeds, or when
# the compiler stops with exit status 1 and nothing but diagnostics
# (error, warning, note).  It fails on an internal compiler error, a
# signal, a timeout, any other exit status, an assembler or linker
# message, or a failed LTO step after a clean compile.  A failing unit is
# saved as DIR/fail-SEED.c with its commands, ready to become a test.
# A clean unit (predict.py) must compile, and its object must have the
# symbols the generator predicted (readelf -sW: name, type, binding,
# visibility, defined or not) and none of the names it must not; every
# fifth one, with a native compiler, is linked with a main that calls
# each pushed function and reads each pushed variable by its symbol, and
# run.  The line before the last (also in DIR/summary.txt) counts clean,
# wild and dirty units and how many compiled; the last line is
# "N passed, N failed".

import argparse
import concurrent.futures
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

DIAGNOSTIC = re.compile(
    r"^(\S.*?: )?(error|warning|note|fatal error): "
    r"|(: |^)In function |(: |^)At top level:|^In file included from "
    r"|^\s+from "
    r"|^\s+inlined from "
    r"|^compilation terminated\.$|: all warnings being treated as errors$")
FATAL = [
    (re.compile(r"internal compiler error"), "internal compiler error"),
    (re.compile(r"Assembler messages|^\S*as: |: Error: ", re.M),
     "assembler message"),
    (re.compile(r"(^|\W)ld: |collect2|undefined reference", re.M),
     "linker message"),
    (re.compile(r"[Ss]egmentation fault|[Kk]illed signal|terminated signal"
                r"|[Aa]borted"), "signal"),
]


def run_step(cmd, cwd, timeout):
    """(status, output); status is None after a timeout."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True,
                            env=dict(os.environ, LC_ALL="C"))
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return None, out.decode("utf-8", "replace")
    return proc.returncode, out.decode("utf-8", "replace")


def judge(status, out):
    """None when the outcome is acceptable, else why not."""
    if status is None:
        return "timeout"
    if status < 0:
        return "killed by signal %d" % -status
    for pattern, what in FATAL:
        if pattern.search(out):
            return what
    if status == 0:
        return None
    if status != 1:
        return "exit status %d" % status
    stray = [l for l in out.splitlines() if l and not DIAGNOSTIC.search(l)]
    if stray:
        return "output that is not a diagnostic: %r" % stray[0][:200]
    if not re.search(r"(error|fatal error): ", out):
        return "exit status 1 without an error"
    return None


def commands(args, flags, src, obj, seed, plugin=True):
    """The compile step, and for LTO the link step.  The plugin is on the
    link line too for odd seeds (it then loads in lto1), and whenever a
    plugin option is, which lto1 would refuse alone."""
    load = ["-fplugin=" + args.plugin] if plugin else []
    if not plugin:
        flags = [f for f in flags if not f.startswith("-fplugin-arg-")]
    base = [args.cc] + load + ["-fdiagnostics-plain-output",
                               "-fno-diagnostics-color"]
    steps = [base + flags + ["-c", src, "-o", obj]]
    if "-flto" in flags and "-fsyntax-only" not in flags:
        in_lto1 = seed % 2 or any(f.startswith("-fplugin-arg-") for f in flags)
        steps.append(base[:1] + (load if in_lto1 else []) + flags
                     + ["-r", "-nostdlib", "-flinker-output=nolto-rel", obj,
                        "-o", obj + ".r.o"])
    return steps


def run_steps(args, steps, tmp):
    """[(cmd, status, output)] up to the first step that fails."""
    log = []
    for cmd in steps:
        status, out = run_step(cmd, tmp, args.timeout)
        log.append((cmd, status, out))
        if status != 0:
            break
    return log


def readelf_symbols(path):
    """{name: [(type, bind, vis, defined|undefined)]} of an object."""
    out = subprocess.run(["readelf", "-sW", path], capture_output=True,
                         text=True, errors="replace").stdout
    syms = {}
    for line in out.splitlines():
        m = re.match(r"\s*\d+:\s+\S+\s+\S+\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)"
                     r"\s+(\S+)", line)
        if m:
            typ, bind, vis, ndx, name = m.groups()
            syms.setdefault(name, []).append(
                (typ, bind, vis, {"UND": "undefined", "COM": "common"}.get(
                    ndx, "defined")))
    return syms


def check_symbols(prediction, obj):
    """None when OBJ has the predicted symbols, else the first mismatch."""
    syms = readelf_symbols(obj)
    for name, want in sorted(prediction["expect"].items()):
        if tuple(want) not in syms.get(name, []):
            return "symbol %s: predicted %s, readelf has %s" % (
                name, " ".join(want), syms.get(name, "none"))
    for name in prediction["absent"]:
        if name in syms:
            return "symbol %s: predicted absent, readelf has %s" % (
                name, syms[name])
    return None


def link_and_run(args, prediction, obj, tmp, log):
    """Link OBJ with the unit's main (compiled without the plugin), run
    it: None when it exits 0."""
    main_c = os.path.join(tmp, "main.c")
    with open(main_c, "wb") as f:
        f.write(prediction["main"])
    exe = os.path.join(tmp, "a.out")
    steps = [[args.cc, "-O1", "-c", main_c, "-o", main_c[:-2] + ".o"],
             [args.cc, obj, main_c[:-2] + ".o", "-o", exe], [exe]]
    for cmd in steps:
        status, out = run_step(cmd, tmp, args.timeout)
        log.append((cmd, status, out))
        if status != 0:
            return "%s: exit status %s" % (
                "the program" if cmd == [exe] else "linking it", status)
    return None


def one(args, triple, seed):
    """(seed, flags, reason or None, compiled cleanly, kind, ran)."""
    src_bytes, flags, prediction = gen.generate(seed, triple)
    ran = False
    with tempfile.TemporaryDirectory(dir=args.out) as tmp:
        src = os.path.join(tmp, "u%d.c" % seed)
        with open(src, "wb") as f:
            f.write(src_bytes)
        obj = src[:-2] + ".o"
        log = run_steps(args, commands(args, flags, src, obj, seed), tmp)
        reason = next(filter(None, (judge(st, out) for _, st, out in log)),
                      None)
        status = log[-1][1]
        if len(log) == 2 and status != 0:
            # After a clean compile, LTO may only fail as it does without
            # the plugin (always_inline recursion, say).
            plain = run_steps(args, commands(args, flags, src, obj, seed,
                                             False), tmp)
            if len(plain) == 2 and plain[-1][1] == 0:
                reason = "the LTO step fails only with the plugin"
            elif not reason or reason == "linker message":
                reason = None
        if "expect" in prediction and not reason:
            # A clean unit must compile, and have the symbols predicted.
            final = log[-1][0][-1]
            if status != 0:
                reason = "a clean unit stopped"
            else:
                reason = check_symbols(prediction, final)
            # A program built with a thunk-extern option needs the
            # kernel's __x86_return_thunk: GCC's own code as much as the
            # plugin's, so such units are not linked.
            if (not reason and args.native and seed % args.run_every == 0
                    and not any("thunk-extern" in f for f in flags)):
                reason = link_and_run(args, prediction, final, tmp, log)
                ran = True
        if reason:
            save(args, seed, flags, src_bytes, log, reason)
    return seed, flags, reason, status == 0, prediction["kind"], ran


def comment(text):
    return "/* " + text.replace("*/", "* /") + " */\n"


def save(args, seed, flags, src_bytes, log, reason):
    path = os.path.join(args.out, "fail-%d.c" % seed)
    head = "fuzz seed %d (%s): %s\n" % (seed, args.cc, reason)
    for cmd, status, out in log:
        head += "$ %s\n[exit %s]\n%s\n" % (" ".join(cmd), status, out[-4000:])
    with open(path, "wb") as f:
        f.write(comment(head).encode("utf-8", "replace") + src_bytes)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cc", default="gcc")
    p.add_argument("--plugin", required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("-n", type=int, default=200)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--out", default="build/fuzz")
    p.add_argument("--timeout", type=float, default=120)
    p.add_argument("--run-every", type=int, default=5,
                   help="link and run every Nth clean unit (native only)")
    args = p.parse_args()
    args.plugin = os.path.abspath(args.plugin)
    os.makedirs(args.out, exist_ok=True)
    args.out = os.path.abspath(args.out)
    summary_file = os.path.join(args.out, "summary.txt")
    if os.path.exists(summary_file):
        os.remove(summary_file)  # never a count from an earlier run
    triple = subprocess.run([args.cc, "-dumpmachine"], capture_output=True,
                            text=True).stdout.strip()
    # Native: the compiler targets the machine this runs on (no host
    # 'gcc' is needed, as in the forky root).
    args.native = triple.split("-")[0] == platform.machine()
    passed = failed = 0
    count = dict.fromkeys(["clean", "clean compiled", "wild", "wild compiled",
                           "dirty", "dirty compiled", "ran"], 0)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        seeds = range(args.seed, args.seed + args.n)
        for seed, flags, reason, ok, kind, ran in pool.map(
                lambda s: one(args, triple, s), seeds):
            count[kind] += 1
            count[kind + " compiled"] += ok
            count["ran"] += ran
            if reason:
                failed += 1
                print("FAIL: fuzz %s seed %d [%s]: %s (%s/fail-%d.c)"
                      % (args.cc, seed, " ".join(flags), reason, args.out,
                         seed), flush=True)
            else:
                passed += 1
    def share(kind):
        n, ok = count[kind], count[kind + " compiled"]
        return "%s %d, compiled %d (%d%%), stopped %d" % (
            kind, n, ok, 100 * ok // n if n else 0, n - ok)
    summary = ("fuzz %s units: %s, symbols checked with readelf, %d linked "
               "and run; %s; %s" % (args.cc, share("clean"), count["ran"],
                                    share("wild"), share("dirty")))
    print(summary)
    with open(summary_file, "w") as f:
        f.write(summary + "\n")
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
