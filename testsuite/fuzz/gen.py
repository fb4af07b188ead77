#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# gen.py - random C translation units for fuzzing the linkname plugin.
#
#   gen.py SEED [TRIPLE]   print the unit for SEED, with its flags in the
#                          first line, as the runner compiles it
#
# A unit mixes every kind of declaration the plugin can meet (static,
# extern, inline, weak, alias and weakref functions, variadics, variables
# of every storage class, typedefs, structs, enums, block-scope statics
# and externs, nested functions, asm labels, builtins) with directives,
# valid and malformed, before and after what they name ("dirty" units), or
# well-formed ones only ("wild").  "Clean" units (predict.py) have the
# symbols their object must have predicted.
# Everything comes from random.Random(SEED): same seed, same unit.

import random
import sys

import flags as flagsets
import predict

# Names that trip assemblers or toolchains: local labels, registers, the
# C library, keywords, sections.
NASTY_TARGETS = ["eax", "rax", "x0", "w1", "sp", "r0", "pc", "main", "memcpy",
                 "printf", "abort", "int", "section", "_start",
                 "__stack_chk_fail", "_GLOBAL_OFFSET_TABLE_", "a$b", "_",
                 "..", "a.", "runtime.\u00e9", "\u540d\u524d", "pkg.T.M"]
# ... and those the plugin refuses (it once let them through).
REFUSED_TARGETS = [".L1", ".L2", ".LC0", ".LFB0", ".Ltext0", "$", "."]
BAD_TARGETS = ["a/b", "sync/atomic.Load", "a-b", "1abc", "$x", "", "a b",
               "a\0b", "a\nb", "a\"b", "a\\b", "@", "f@GLIBC_2.2.5", "a,b",
               "a;b", "a#b", "\u00ff\u00fe"]
MALFORMED_PRAGMAS = [
    "#pragma linkname", "#pragma linkname {L} {T} extra",
    "#pragma linkname 42 x", "#pragma linkname {L} 42",
    "#pragma linkname {L} 1.5e3", "#pragma linkname {L} 0x1p3",
    "#pragma linkname {L} 'c'", "#pragma linkname {L} L\"wide\"",
    "#pragma linkname {L} u8\"utf8\"", "#pragma linkname {L} U\"w\"",
    "#pragma linkname {L} \"a\" \"b\"", "#pragma linkname {L} \"a\"\"b\"",
    "#pragma linkname \"str\" x", "#pragma linkname {L} (",
    "#pragma linkname {L} a.(b)", "#pragma linkname {L} ...",
    "#pragma linkname {L} .", "#pragma linkname {L} a..b",
    "#pragma linkname ; ;", "#pragma linkname int float",
    "#pragma linkname {L} #", "#pragma linkname {L} a/b",
    "#pragma linkname {L} a-b", "#pragma linkname {L} @",
    "#pragma linkname {L} \\", "#pragma linkname {L} \"unterminated",
    "#pragma linkname a.b c", "#pragma linkname {L} a.1",
    "#pragma linkname {L} {T} \\\n  continued",
    "#pragma linkname {L} a.\\\nb", "#pragma linkname {L} {T} /* c */",
    "#pragma linkname/**/{L}/**/{T}", "#pragma LINKNAME {L} {T}",
    "#pragma GCC linkname {L} {T}", "#pragma linkname {L} \"\\0\"",
    "#pragma linkname {L} \"\"", "#pragma linkname {L} \"\\x80\\xff\"",
    "#pragma linkname \u00e9t\u00e9 x", "#pragma linkname {L} ??=",
    "#pragma linkname {L} {L}", "#pragma linkname sizeof {T}",
    "#pragma linkname __func__ {T}", "#pragma linkname {L} %:",
    "#pragma linkname {L} <::>", "#pragma linkname {L} <stdio.h>",
    "#pragma linkname {L} {T} {T}", "#pragma linkname {L}a.b",
]
MALFORMED_ATTRS = [
    "linkname(1)", "linkname(\"a\",\"b\")", "linkname(L\"w\")",
    "linkname(u\"w\")", "linkname(U\"w\")", "linkname(u8\"w\")",
    "linkname(x)", "linkname(\"\")", "linkname(\"a\\0b\")",
    "linkname(\"bad/name\")", "linkname((\"p\"))", "linkname(\"a\" \"b\")",
    "__linkname__(\"q\")", "linkname()", "linkname(sizeof(int))",
    "linkname(\"\\377\")", "linkname(1.0)", "linkname(\"x\"[0])",
]


def c_string(s, rng):
    """S as a C string literal: raw UTF-8 or octal escapes."""
    out = []
    for b in s.encode("utf-8"):
        if b in (0x22, 0x5C):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        elif b >= 0x80 and rng.random() < 0.5:
            out.append(chr(b))  # a raw byte in the source
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def bare_ok(s):
    parts = s.split(".")
    return all(p and (p[0].isalpha() or p[0] == "_") and
               all(c.isalnum() or c == "_" for c in p) and p.isascii()
               for p in parts)


class Unit:
    def __init__(self, rng, clean):
        self.rng = rng
        self.clean = clean
        self.top = []        # top-level chunks, in order
        self.funcs = []      # declared 'int f (int)' functions, callable
        self.defined = []    # functions with a body here
        self.emitted = []    # ... that are not inline: alias targets
        self.vars = []       # declared int variables
        self.var_defs = []   # variables defined here
        self.others = []     # names of types, tags, fields, params, ...
        self.targets = []    # targets used so far
        self.counter = 0
        self.current = None  # the function whose body is being written

    def bad(self, p):
        """Whether to make a mistake here: only in dirty units."""
        return not self.clean and self.rng.random() < p

    # --- names and targets ---------------------------------------------
    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def local(self, defined_only=False):
        """A name for a directive: a file-scope function or variable, or
        in dirty units anything at all."""
        pool = self.defined + self.var_defs
        if not defined_only:
            pool = pool + self.funcs + self.vars
        if self.bad(0.2) and self.others:
            return self.rng.choice(self.others)
        if not pool and self.clean:
            self.item_function()
            return self.funcs[-1]
        if self.bad(0.2) or not pool:
            return self.rng.choice(["undeclared_x", "memcpy", "abort",
                                    "printf", "__builtin_memcpy",
                                    "later%d" % self.counter, "M_MACRO"])
        return self.rng.choice(pool)

    def target(self):
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            t = "%s.%s" % (rng.choice(["runtime", "pkg", "sync_1atomic",
                                       "internal.cpu", "a.b.c"]),
                           self.fresh("sym"))
        elif r < 0.55 and self.targets and self.bad(0.7):
            t = rng.choice(self.targets)               # duplicate
        elif r < 0.65 and self.funcs + self.vars and self.bad(0.7):
            t = rng.choice(self.funcs + self.vars)     # collision
        elif r < 0.72:
            t = rng.choice(NASTY_TARGETS)
        elif r < 0.8 and self.bad(0.5):
            t = rng.choice(REFUSED_TARGETS)
        elif r < 0.85:
            t = rng.choice("xX_.") * rng.choice([100, 100, 4000, 4000, 66000])
        elif self.clean:
            t = self.fresh("huge") + "." + "y" * rng.choice([10, 300])
        else:
            t = rng.choice(BAD_TARGETS)
        self.targets.append(t)
        return t

    def spell_target(self, t):
        if bare_ok(t) and self.rng.random() < 0.5:
            return t
        return c_string(t, self.rng)

    # --- directives ------------------------------------------------------
    def pragma(self, local=None):
        rng = self.rng
        one_arg = rng.random() < 0.15
        local = local or self.local(one_arg and not self.bad(0.5))
        if self.bad(0.3):
            # Non-ASCII source text is kept as one latin-1 code point per
            # byte until the unit is written out.
            form = rng.choice(MALFORMED_PRAGMAS).encode("utf-8").decode(
                "latin-1")
            return form.replace("{L}", local).replace(
                "{T}", self.spell_target(self.target()))
        if one_arg:
            return "#pragma linkname %s" % local
        text = "linkname %s %s" % (local, self.spell_target(self.target()))
        if rng.random() < 0.1:
            # _Pragma takes a string: escape it once more.
            return "_Pragma(%s)" % c_string(text, rng)
        return "#pragma " + text

    def attr(self, applies=True):
        """An attribute directive, maybe: APPLIES says whether it would be
        in the right place."""
        rng = self.rng
        r = rng.random()
        if r > 0.25 or not (applies or self.bad(0.5)):
            return ""
        if self.bad(0.25):
            a = rng.choice(MALFORMED_ATTRS)
        elif r < 0.03 and applies:
            a = "linkname"
        else:
            a = "linkname(%s)" % c_string(self.target(), rng)
        return " __attribute__((%s))" % a

    def gnu_attrs(self, choices):
        picked = [a for a in choices if self.rng.random() < 0.12]
        return "".join(" __attribute__((%s))" % a for a in picked)

    # --- expressions and bodies -------------------------------------------
    def expr(self, depth=0):
        rng = self.rng
        r = rng.random()
        # No recursion: GCC refuses recursive always_inline functions at
        # LTO time, plugin or not.
        callees = [f for f in self.funcs if f != self.current]
        if depth < 2 and callees and r < 0.3:
            return "%s(%s)" % (rng.choice(callees), self.expr(depth + 1))
        if self.vars and r < 0.6:
            return rng.choice(self.vars)
        if depth < 2 and r < 0.8:
            return "(%s %s %s)" % (self.expr(depth + 1), rng.choice("+-*^|&"),
                                   self.expr(depth + 1))
        return str(rng.randint(0, 9))

    def body(self, param, function):
        rng = self.rng
        self.current = function
        lines = []
        if rng.random() < 0.3:
            s = self.fresh("bs")
            lines.append("  static int %s%s = 1;" % (s, self.attr(False)))
            self.others.append(s)
            lines.append("  %s += %s;" % (param, s))
        if rng.random() < 0.2:
            e = self.fresh("bext")
            kind = rng.choice(["int %s", "int %s (int)"]) % e
            lines.append("  extern %s%s;" % (kind, self.attr(False)))
            self.others.append(e)
        if rng.random() < 0.1:
            n = self.fresh("nested")
            lines.append("  int %s (int y) { return y + %s; }" % (n, param))
            lines.append("  %s = %s (%s);" % (param, n, param))
            self.others.append(n)
        if self.bad(0.1):
            lines.append(self.pragma())
        if rng.random() < 0.1:
            lines.append("  { int blk%s = %s; %s = blk%s; }"
                         % (self.counter, param, param, self.counter))
        lines.append("  return %s + %s;" % (param, self.expr()))
        return "\n".join(lines)

    # --- top-level items ---------------------------------------------------
    def item_function(self):
        rng = self.rng
        name = self.fresh("f")
        storage = rng.choice(["static ", "", "extern ", "static __inline__ ",
                              "__inline__ ", "extern __inline__ ", "inline ",
                              "static inline "])
        attrs = self.gnu_attrs(["noinline", "used", "unused", "cold", "noipa",
                                "visibility(\"hidden\")", "constructor",
                                "section(\".text.fz\")", "always_inline"]
                               + ([] if "static" in storage else ["weak"]))
        variadic = rng.random() < 0.15
        params = "int x, ..." if variadic else "int x"
        if rng.random() < 0.3:
            self.top.append("%sint %s (%s)%s;" % (storage, name, params,
                                                  self.attr()))
        self.funcs.append(name)
        # An attribute after the declarator of a definition is an error.
        late = self.bad(0.2)
        linkname = self.attr()
        text = "%s%s%sint %s (%s)%s\n{\n%s\n}" % (
            "" if late else linkname.lstrip(), storage,
            attrs.lstrip() + " " if attrs else "", name, params,
            linkname if late else "", self.body("x", name))
        if rng.random() < 0.05:
            text = "%sint %s (x) int x;\n{\n%s\n}" % (storage, name,
                                                      self.body("x", name))
        self.top.append(text)
        self.defined.append(name)
        if "inline" not in storage:
            self.emitted.append(name)

    def item_declaration(self):
        rng = self.rng
        name = self.fresh("d")
        label = ""
        if rng.random() < 0.15:
            label = " __asm__ (%s)" % c_string(self.target(), rng)
        weak = " __attribute__((weak))" if rng.random() < 0.15 else ""
        self.top.append("extern int %s (int)%s%s%s;"
                        % (name, label, weak, self.attr()))
        self.funcs.append(name)

    def item_alias(self):
        if not self.emitted:
            return self.item_function()
        rng = self.rng
        name = self.fresh("al")
        of = rng.choice(self.defined if self.bad(0.3) else self.emitted)
        kind = rng.choice(["alias", "alias", "weakref"])
        storage = "static " if kind == "weakref" else ""
        self.top.append("%sint %s (int) __attribute__((%s(\"%s\")))%s;"
                        % (storage, name, kind, of, self.attr()))
        self.funcs.append(name)

    def item_variable(self):
        rng = self.rng
        name = self.fresh("v")
        storage = rng.choice(["static ", "", "extern ", "__thread ",
                              "static __thread ", "extern __thread "])
        qual = rng.choice(["", "", "const ", "volatile "])
        init = "" if "extern" in storage or rng.random() < 0.4 else \
            " = %d" % rng.randint(0, 99)
        if qual == "const " and not init and "extern" not in storage:
            init = " = 1"
        # A section of its own for TLS data is a GCC matter: leave it out.
        attrs = self.gnu_attrs(["used", "unused", "common", "nocommon",
                                "aligned(16)", "visibility(\"hidden\")"]
                               + ([] if "static" in storage else ["weak"])
                               + ([] if "__thread" in storage
                                  else ["section(\".data.fz\")"]))
        if rng.random() < 0.15:
            self.top.append("%s%sint %s[4]%s%s;" % (storage, qual, name, attrs,
                                                    self.attr()))
        else:
            self.top.append("%s%sint %s%s%s%s;" % (storage, qual, name, attrs,
                                                   self.attr(), init))
            self.vars.append(name)
        if "extern" not in storage:
            self.var_defs.append(name)

    def item_type(self):
        rng = self.rng
        name = self.fresh("T")
        r = rng.random()
        if r < 0.4:
            self.top.append("typedef int %s%s;" % (name, self.attr(False)))
        elif r < 0.7:
            fa, fb = self.fresh("m"), self.fresh("m")
            self.top.append("struct %s { int %s%s; int %s; };"
                            % (name, fa, self.attr(False), fb))
            self.others += [fa, fb]
        else:
            ea, eb = self.fresh("E"), self.fresh("E")
            self.top.append("enum %s { %s%s, %s = 3 };"
                            % (name, ea, self.attr(False), eb))
            self.others += [ea, eb]
        self.others.append(name)
        if rng.random() < 0.2:
            p = self.fresh("p")
            self.top.append("int %s_user (int %s%s);"
                            % (name, p, self.attr(False)))
            self.others.append(p)

    def item_builtin(self):
        rng = self.rng
        self.top.append("extern void *memcpy (void *, const void *, "
                        "__SIZE_TYPE__);")
        name = self.fresh("mc")
        self.top.append("int %s (int x)\n{\n  char a[64], b[64];\n"
                        "  memcpy (a, b, (unsigned) x %% 64);\n"
                        "  __builtin_memcpy (b, a, 64);\n  return a[1];\n}"
                        % name)
        self.funcs.append(name)
        self.defined.append(name)
        if rng.random() < 0.5:
            self.top.append(self.pragma("memcpy"))

    def item_misc(self):
        rng = self.rng
        pool = self.funcs + self.vars or ["nothing"]
        choice = rng.randrange(6)
        if choice == 0:
            weak = [f for f in self.funcs if f.startswith("d")]
            self.top.append("#pragma weak %s"
                            % rng.choice(pool if self.bad(0.5) or not weak
                                         else weak))
        elif choice == 1:
            self.top.append("#pragma redefine_extname %s %s"
                            % (rng.choice(pool), self.fresh("rx")))
        elif choice == 2:
            self.top.append("#define M_MACRO %s" % rng.choice(pool))
        elif choice == 3 and self.funcs:
            # A redeclaration, after or before the directive.
            self.top.append("int %s (int)%s;" % (rng.choice(self.funcs),
                                                 self.attr()))
        elif choice == 4 and self.bad(0.5):
            self.top.append("struct %s {\n%s\n  int field;\n};"
                            % (self.fresh("S"), self.pragma()))
        else:
            self.top.append("int (*%s) (int)%s = %s;"
                            % (self.fresh("fp"), self.attr(),
                               rng.choice(self.funcs) if self.funcs else "0"))

    def generate(self):
        rng = self.rng
        items = [(self.item_function, 30), (self.item_declaration, 12),
                 (self.item_alias, 5), (self.item_variable, 20),
                 (self.item_type, 8), (self.item_builtin, 2),
                 (self.item_misc, 8), (lambda: self.top.append(self.pragma()),
                                       25)]
        funcs, weights = zip(*items)
        for _ in range(rng.randint(3, 30)):
            rng.choices(funcs, weights)[0]()
        # Directives for names declared later, and for nothing at all.
        for _ in range(rng.randint(0, 3)):
            self.top.insert(rng.randint(0, len(self.top)), self.pragma())
        return "\n".join(self.top) + "\n"


def generate(seed, triple="x86_64-linux-gnu"):
    """(source bytes, flag list, prediction) for SEED.  Of the units, 40%
    are clean (predict.py): their prediction has the symbols the object
    must have ("expect"), the names it must not ("absent") and a main
    unit that links with it and runs ("main").  30% are wild: every kind
    of declaration with well-formed directives, which often stop at
    gccgo's rules (a collision, an alias of a renamed function).  30% are
    dirty, with malformed directives among the rest.  Only clean units
    have symbols predicted; "kind" says which a unit is."""
    rng = random.Random(seed)
    r = rng.random()
    if r < 0.4:
        src, flags, expect, absent, main_src = predict.generate(rng, triple)
        return src, flags, {"expect": expect, "absent": absent,
                            "main": main_src, "kind": "clean"}
    flags = flagsets.draw(rng, triple)
    wild = r < 0.7
    text = Unit(rng, wild).generate()
    # One code point per byte (see pragma): write them as bytes.
    return text.encode("latin-1"), flags, {"kind": "wild" if wild else
                                           "dirty"}


def main():
    seed = int(sys.argv[1])
    triple = sys.argv[2] if len(sys.argv) > 2 else "x86_64-linux-gnu"
    src, flags, prediction = generate(seed, triple)
    sys.stdout.buffer.write(("/* flags: %s */\n" % " ".join(flags)).encode())
    sys.stdout.buffer.write(src)
    if "expect" in prediction:
        for name, want in sorted(prediction["expect"].items()):
            sys.stdout.write("/* symbol %s %s */\n" % (name, " ".join(want)))
        for name in prediction["absent"]:
            sys.stdout.write("/* no symbol %s */\n" % name)


if __name__ == "__main__":
    main()
