#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# predict.py - "clean" fuzz units whose symbols are known in advance.
#
# A clean unit holds only well-formed directives, in every form (pragma
# before or after its declaration, _Pragma, the attribute on the
# definition or on an earlier declaration, the one-argument form, a
# repeated directive whose last target wins), on static, global, weak and
# hidden functions, initialized, tentative and thread-local variables,
# and pulls of functions and variables that a pushed function uses, among
# functions and variables no directive names.  Alongside the source the
# generator says which symbols the object must have (name, binding, type,
# visibility, defined or undefined) and which names it must not have at
# all: the local name of everything pushed, the targets a later directive
# replaced.  It also writes a main unit that calls every pushed function
# and reads every pushed variable through its symbol, and defines every
# pulled one, so that a sample of the units can be linked and run.
#
#   predict.py SEED [TRIPLE]   print the unit, its flags and its symbols

import random
import sys

import flags as flagsets

# Flags under which a clean unit must compile and assemble: no
# -fsyntax-only (no object), no -Werror (a repeated directive warns).
EXCLUDED = ("-fsyntax-only", "-Werror")


def gccgo_encode(s):
    """gofrontend's go_encode_id for ASCII (plugin/core/mangle.c)."""
    chars, codes = "_./*,{}[]()\" ;", "_0123456789abc"
    out = []
    for i, c in enumerate(s):
        if c.isascii() and c.isalnum() and not (i == 0 and c.isdigit()):
            out.append(c)
        elif c in chars:
            out.append("_" + codes[chars.index(c)])
        else:
            out.append("_x%02x" % ord(c))
    return "".join(out)


class Predicted:
    def __init__(self, rng, flags, triple):
        self.rng = rng
        self.flags = flags
        self.strict = "-fplugin-arg-linkname-gccgo-strict" in flags
        self.mangle = "-fplugin-arg-linkname-mangle=gccgo" in flags
        self.pkgpath = next((f.split("=", 1)[1] for f in flags
                             if f.startswith("-fplugin-arg-linkname-pkgpath=")),
                            None)
        self.thunks = (triple.startswith("x86_64")
                       and "-fplugin-arg-linkname-abi0=no" not in flags)
        self.c89 = any(f in flags for f in ("-std=c89", "-std=gnu89"))
        self.top = []
        self.expect = {}     # symbol -> (type, bind, vis, "defined"|"undefined")
        self.absent = set()  # names that must not be symbols at all
        self.counter = 0
        self.pulled_fns = []  # (local, symbol)
        self.pulled_vars = []
        self.main_checks = []  # C statements for main
        self.main_defs = []    # definitions main provides (the pulls)

    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def target(self):
        """(spelling in the directive, symbol it becomes)."""
        rng = self.rng
        name = self.fresh("sym")
        if self.mangle and rng.random() < 0.5:
            path = rng.choice(["example.com/p", "sync/atomic", "a/b.c/d"])
            return (path + "." + name,
                    gccgo_encode(path) + "." + gccgo_encode(name))
        # Under mangle=gccgo more than PKG.TYPE.METHOD is an error.
        pkg = rng.choice(["runtime", "pkg", "internal.cpu"]
                         + ([] if self.mangle else ["a.b.c"]))
        return pkg + "." + name, pkg + "." + name

    def spell(self, t):
        return t if "/" not in t and self.rng.random() < 0.5 else '"%s"' % t

    def directive(self, local, spelled, before_decl):
        """The text of a pragma for LOCAL (SPELLED is None for the
        one-argument form)."""
        text = "linkname %s%s" % (local, "" if spelled is None
                                  else " " + self.spell(spelled))
        if self.rng.random() < 0.15:
            return '_Pragma("%s")' % text.replace('"', '\\"')
        return "#pragma " + text

    def apply_directives(self, local, one_arg_ok):
        """Directives for LOCAL: (pragmas before, pragmas after, attribute
        text, symbol it ends up as)."""
        rng = self.rng
        one_arg = one_arg_ok and rng.random() < 0.2
        if one_arg:
            symbol = local
            if self.pkgpath:
                symbol = gccgo_encode(self.pkgpath) + "." + gccgo_encode(local)
            spelled = None
        else:
            spelled, symbol = self.target()
        before, after, attr = [], [], ""
        r = rng.random()
        if r < 0.25 and not one_arg:
            attr = ' __attribute__((linkname("%s")))' % spelled
        elif r < 0.3 and one_arg:
            attr = " __attribute__((linkname))"
        elif r < 0.65:
            before.append(self.directive(local, spelled, True))
        else:
            after.append(self.directive(local, spelled, False))
        if not attr and not one_arg and rng.random() < 0.15:
            # An earlier directive that the last one replaces.
            old_spelled, old_symbol = self.target()
            (before if before else after).insert(
                0, self.directive(local, old_spelled, True))
            self.absent.add(old_symbol)
            self.absent.add(old_symbol + ".abi0")
        return before, after, attr, symbol

    def pushed_function(self):
        rng = self.rng
        local = self.fresh("f")
        storage = rng.choice(["static ", "static ", ""])
        weak = storage == "" and rng.random() < 0.2
        hidden = storage == "" and rng.random() < 0.15
        attrs = (" __attribute__((weak))" if weak else "") + \
            (' __attribute__((visibility("hidden")))' if hidden else "")
        before, after, attr, symbol = self.apply_directives(local, True)
        k = rng.randint(1, 99)
        body = "x + %d" % k
        value = "x + %d" % k
        if self.pulled_fns and rng.random() < 0.5:
            pl, ps = rng.choice(self.pulled_fns)
            body += " + %s (x)" % pl
            value += " + 3 * x"
            self.expect[ps] = ("NOTYPE", "GLOBAL", "DEFAULT", "undefined")
        if self.pulled_vars and rng.random() < 0.5:
            vl, vs = rng.choice(self.pulled_vars)
            body += " + %s" % vl
            value += " + 7"
            self.expect[vs] = ("NOTYPE", "GLOBAL", "DEFAULT", "undefined")
        self.top.extend(before)
        if attr and rng.random() < 0.3:
            self.top.append("%sint %s (int)%s;" % (storage, local, attr))
            attr = ""
        self.top.append("%sint%s%s %s (int x) { return %s; }"
                        % (storage, attrs, attr, local, body))
        self.top.extend(after)
        vis = "HIDDEN" if hidden else "DEFAULT"
        self.expect[symbol] = ("FUNC", "WEAK" if weak else "GLOBAL", vis,
                               "defined")
        if symbol != local:
            self.absent.add(local)
        if self.thunks:
            self.expect[symbol + ".abi0"] = ("FUNC", "WEAK" if weak else
                                             "GLOBAL", vis, "defined")
        else:
            self.absent.add(symbol + ".abi0")
        if not hidden:
            self.main_checks.append(
                ("extern int %s (int) __asm__ (\"%s\");" % (self.fresh("m"),
                                                            symbol),
                 "(%s (5) != (%s))" % ("m%d" % self.counter,
                                        value.replace("x", "5"))))

    def pushed_variable(self):
        rng = self.rng
        if self.strict:
            return self.plain()
        local = self.fresh("v")
        kind = rng.choice(["init", "init", "tentative", "tls"])
        storage = rng.choice(["static ", ""])
        before, after, attr, symbol = self.apply_directives(local, True)
        value = rng.randint(1, 99)
        if kind == "init":
            decl = "%sint %s%s = %d;" % (storage, local, attr, value)
        elif kind == "tentative":
            decl = "%sint %s%s;" % (storage, local, attr)
            value = 0
        else:
            decl = "%s__thread int %s%s = %d;" % (storage, local, attr, value)
        self.top.extend(before)
        self.top.append(decl)
        self.top.extend(after)
        self.expect[symbol] = ("TLS" if kind == "tls" else "OBJECT", "GLOBAL",
                               "DEFAULT", "defined")
        if symbol != local:
            self.absent.add(local)
        self.absent.add(symbol + ".abi0")
        m = self.fresh("mv")
        self.main_checks.append(
            ("extern %sint %s __asm__ (\"%s\");"
             % ("__thread " if kind == "tls" else "", m, symbol),
             "(%s != %d)" % (m, value)))

    def pull_function(self):
        local = self.fresh("p")
        spelled, symbol = self.target()
        before = self.rng.random() < 0.5
        d = self.directive(local, spelled, before)
        if before:
            self.top.append(d)
        self.top.append("extern int %s (int);" % local)
        if not before:
            self.top.append(d)
        self.pulled_fns.append((local, symbol))
        self.absent.add(local)
        self.absent.add(symbol + ".abi0")
        self.main_defs.append("int %s (int x) __asm__ (\"%s\");\n"
                              "int %s (int x) { return 3 * x; }"
                              % (self.fresh("d"), symbol, "d%d" % self.counter))

    def pull_variable(self):
        if self.strict:
            return self.plain()
        local = self.fresh("pv")
        spelled, symbol = self.target()
        self.top.append("extern int %s;" % local)
        self.top.append(self.directive(local, spelled, False))
        self.pulled_vars.append((local, symbol))
        self.absent.add(local)
        self.main_defs.append("int %s __asm__ (\"%s\") = 7;"
                              % (self.fresh("dv"), symbol))

    def plain(self):
        """Code no directive names: GCC decides its symbols."""
        rng = self.rng
        name = self.fresh("q")
        if rng.random() < 0.5:
            self.top.append("%sint %s (int y) { return y * %d; }"
                            % (rng.choice(["static ", ""]), name,
                               rng.randint(2, 9)))
        else:
            self.top.append("%sint %s = %d;" % (rng.choice(["static ", ""]),
                                                name, rng.randint(0, 9)))

    def generate(self):
        rng = self.rng
        items = [(self.pushed_function, 35), (self.pushed_variable, 15),
                 (self.pull_function, 15), (self.pull_variable, 8),
                 (self.plain, 20)]
        funcs, weights = zip(*items)
        self.pushed_function()
        for _ in range(rng.randint(2, 20)):
            rng.choices(funcs, weights)[0]()
        # A pulled symbol no pushed function uses has no reference.
        return "\n".join(self.top) + "\n"

    def main_unit(self):
        """A main that defines the pulls and checks every push."""
        lines = list(self.main_defs)
        conds = []
        for decl, cond in self.main_checks:
            lines.append(decl)
            conds.append(cond)
        lines.append("int main (void)\n{\n  int bad = 0;")
        for i, c in enumerate(conds):
            lines.append("  if %s bad |= 1 << %d;" % (c, i % 30))
        lines.append("  return bad != 0;\n}")
        return "\n".join(lines) + "\n"


def draw_flags(rng, triple):
    while True:
        flags = flagsets.draw(rng, triple)
        if not any(f in EXCLUDED for f in flags):
            return flags


def generate(rng, triple):
    """(source bytes, flags, expected symbols, absent names, main source)."""
    flags = draw_flags(rng, triple)
    u = Predicted(rng, flags, triple)
    text = u.generate()
    return (text.encode("utf-8"), flags, u.expect, sorted(u.absent),
            u.main_unit().encode("utf-8"))


def main():
    seed = int(sys.argv[1])
    triple = sys.argv[2] if len(sys.argv) > 2 else "x86_64-linux-gnu"
    src, flags, expect, absent, main_src = generate(random.Random(seed), triple)
    sys.stdout.write("/* flags: %s */\n" % " ".join(flags))
    sys.stdout.write(src.decode())
    for name, want in sorted(expect.items()):
        sys.stdout.write("/* symbol %s %s */\n" % (name, " ".join(want)))
    for name in absent:
        sys.stdout.write("/* no symbol %s */\n" % name)
    sys.stdout.write("/* main:\n%s*/\n" % main_src.decode())


if __name__ == "__main__":
    main()
