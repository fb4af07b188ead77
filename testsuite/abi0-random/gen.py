#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
"""gen.py - random prototypes for the ABI0 thunk differential test.

Writes C translation units in which every function is a linknamed static
that is called twice with the same random arguments: directly from C, and
through its ABI0 thunk from an ABI0 frame (abi0-call.S, abi0-harness.h).
The two results and the two side effects must agree.

  gen.py --seed S --count N --per-file K --out DIR

Seeded and reproducible: the same seed writes the same files.
"""
import argparse
import os
import random
import struct

# name, C type, size, kind ('s' signed, 'u' unsigned, 'f' float, 'b' bool)
SCALARS = [
    ("char", "char", 1, "s"),
    ("schar", "signed char", 1, "s"),
    ("uchar", "unsigned char", 1, "u"),
    ("short", "short", 2, "s"),
    ("ushort", "unsigned short", 2, "u"),
    ("int", "int", 4, "s"),
    ("uint", "unsigned int", 4, "u"),
    ("long", "long", 8, "s"),
    ("ulong", "unsigned long", 8, "u"),
    ("llong", "long long", 8, "s"),
    ("bool", "_Bool", 1, "b"),
    ("enum", "enum e", 4, "s"),
    ("ptr", "const char *", 8, "p"),
    ("float", "float", 4, "f"),
    ("double", "double", 8, "f"),
]


SMALL = [s for s in SCALARS if s[0] in ("char", "uchar", "short", "int", "uint", "float")]


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.structs = []  # (name, [(field, type)], packed)

    # A type is ('scalar', entry) | ('struct', name, fields, packed, union) |
    # ('complex', 'float'|'double') | ('array', elemtype, n) |
    # ('zarray', elemtype) (a GNU zero-length array) | ('flex', elemtype)
    # (a flexible array member, last) | ('bits', entry, width) (a named
    # bit-field) | ('zbits',) (an unnamed zero-width bit-field) |
    # ('aligned', scalar, 8) (an over-aligned member); the last six
    # as struct fields only.  They are the shapes GCC classifies
    # specially (issue 17).
    def scalar(self):
        return ("scalar", self.rng.choice(SCALARS))

    def field_type(self, depth, union):
        r = self.rng.random()
        if depth < 2 and r < 0.12:
            return self.struct_type(depth + 1)
        if r < 0.22:
            return ("array", self.scalar(), self.rng.randint(1, 5))
        if r < 0.26:
            return ("array", ("scalar", self.rng.choice(SMALL)),
                    self.rng.randint(6, 16))
        if r < 0.32:
            return ("zarray", self.scalar())
        if r < 0.35:
            return self.empty_type(depth)
        if not union and r < 0.39:
            return ("zbits",)
        if not union and r < 0.43:
            e = self.rng.choice([s for s in SCALARS if s[3] in "su" and s[0] != "enum"])
            return ("bits", e, self.rng.randint(1, e[2] * 8))
        if r < 0.46:
            return ("aligned", ("scalar", self.rng.choice(SMALL)), 8)
        if r < 0.66:
            return ("scalar", self.rng.choice(SMALL))
        return self.scalar()

    def float_field(self, depth, union):
        fl = [e for e in SCALARS if e[3] == "f"]
        r = self.rng.random()
        if r < 0.5:
            return ("scalar", self.rng.choice(fl))
        if r < 0.65:
            return ("zarray", self.rng.choice([self.scalar(), ("scalar", fl[0])]))
        if r < 0.75 and not union:
            return ("zbits",)
        if r < 0.83:
            return self.empty_type(depth)
        if r < 0.9:
            return ("array", ("scalar", self.rng.choice(fl)), self.rng.randint(1, 3))
        return ("scalar", self.rng.choice(SMALL))

    def empty_type(self, depth):
        """An empty struct, or one of only empty members (GNU C)."""
        fields = []
        if depth < 2 and self.rng.random() < 0.4:
            fields = [("m0", self.empty_type(depth + 1))]
        name = "e%d" % len(self.structs)
        t = ("struct", name, fields, False, False)
        self.structs.append(t)
        return t

    def struct_type(self, depth=0):
        n = self.rng.randint(1, 4)
        union = depth == 0 and self.rng.random() < 0.1
        if self.rng.random() < 0.3:
            # Mostly floats, with what GCC classifies specially among
            # them: zero-length arrays, zero-width bit-fields, empty
            # members, an int sharing an eightbyte.
            fields = [("m%d" % i, self.float_field(depth, union)) for i in range(n + 1)]
            n += 1
        else:
            fields = [("m%d" % i, self.field_type(depth, union)) for i in range(n)]
        if (depth == 0 and not union and self.rng.random() < 0.08
                and any(f[1][0] != "zbits" for f in fields)):
            fields.append(("m%d" % n, ("flex", ("scalar", self.rng.choice(SMALL)))))
        packed = depth == 0 and self.rng.random() < 0.1
        name = "%s%d" % ("u" if union else "s", len(self.structs))
        t = ("struct", name, fields, packed, union)
        self.structs.append(t)
        return t

    def param_type(self):
        r = self.rng.random()
        if r < 0.03:
            return self.empty_type(0)
        if r < 0.3:
            return self.struct_type()
        if r < 0.36:
            return ("complex", self.rng.choice(["float", "double"]))
        return self.scalar()


def ctype(t):
    if t[0] == "scalar":
        return t[1][1]
    if t[0] == "struct":
        return ("union " if t[4] else "struct ") + t[1]
    if t[0] == "complex":
        return "_Complex " + t[1]
    raise ValueError(t)


def decl(t, name):
    if t[0] == "array":
        return "%s %s[%d]" % (ctype(t[1]), name, t[2])
    if t[0] == "zarray":
        return "%s %s[0]" % (ctype(t[1]), name)
    if t[0] == "flex":
        return "%s %s[]" % (ctype(t[1]), name)
    if t[0] == "zbits":
        return "int : 0"
    if t[0] == "bits":
        return "%s %s : %d" % (t[1][1], name, t[2])
    if t[0] == "aligned":
        return "%s %s __attribute__ ((aligned (%d)))" % (ctype(t[1]), name, t[2])
    return "%s %s" % (ctype(t), name)


def struct_def(t):
    _, name, fields, packed, union = t
    body = " ".join(decl(ft, fn) + ";" for fn, ft in fields)
    attr = " __attribute__ ((packed))" if packed else ""
    return "%s %s { %s }%s;" % ("union" if union else "struct", name, body, attr)


def leaves(t, expr):
    """C lvalues of every scalar inside T at EXPR (unions: first member)."""
    if t[0] == "scalar":
        return [(t, expr)]
    if t[0] == "complex":
        part = ("scalar", [s for s in SCALARS if s[0] == t[1]][0])
        return [(part, "__real__ " + expr), (part, "__imag__ " + expr)]
    if t[0] == "array":
        out = []
        for i in range(t[2]):
            out += leaves(t[1], "%s[%d]" % (expr, i))
        return out
    if t[0] in ("zarray", "flex", "zbits"):
        return []
    if t[0] == "aligned":
        return leaves(t[1], expr)
    if t[0] == "bits":
        return [(t, expr)]
    fields = t[2][:1] if t[4] else t[2]
    out = []
    for fn, ft in fields:
        out += leaves(ft, "%s.%s" % (expr, fn))
    return out


def literal(rng, s):
    if s[0] == "bits":
        w = min(s[2], 31)
        if s[1][3] == "s":
            return "%d" % rng.randint(-(1 << (w - 1)), (1 << (w - 1)) - 1)
        return "%dU" % rng.randint(0, (1 << w) - 1)
    name, _, size, kind = s[1]
    if kind == "b":
        return str(rng.randint(0, 1))
    if kind == "p":
        return "(text + %d)" % rng.randint(0, 15)
    if kind == "f":
        v = rng.uniform(-1e6, 1e6)
        return repr(v) + ("f" if name == "float" else "")
    if name == "enum":
        return rng.choice(["E_NEG", "E_ZERO", "E_POS"])
    bits = size * 8
    if kind == "s":
        v = rng.randint(-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
        return "(%s) %dLL" % (s[1][1], v) if v != -(1 << 63) else "(long long) (-9223372036854775807LL - 1)"
    return "(%s) %dULL" % (s[1][1], rng.randint(0, (1 << bits) - 1))


def hash_leaf(s, expr):
    """A uint64 of the leaf's value (not its padding)."""
    kind = s[1][3]
    if kind == "f":
        return "hash_%s (%s)" % (s[1][0], expr)
    if kind == "p":
        return "(unsigned long long) (%s - text)" % expr
    return "(unsigned long long) (%s)" % expr


def set_leaf(s, expr, h):
    if s[0] == "bits":
        return "%s = (%s) & %dU;" % (expr, h, (1 << min(s[2], 31)) - 1)
    kind, name = s[1][3], s[1][0]
    if kind == "f":
        return "%s = (%s) ((%s) %% 100000) / 8;" % (expr, s[1][1], h)
    if kind == "p":
        return "%s = text + (%s) %% 16;" % (expr, h)
    if kind == "b":
        return "%s = (%s) & 1;" % (expr, h)
    if name == "enum":
        return "%s = (enum e) ((int) ((%s) %% 3) - 1);" % (expr, h)
    return "%s = (%s) (%s);" % (expr, s[1][1], h)


PRELUDE = r'''/* Generated by testsuite/abi0-random/gen.py (seed %(seed)d): every
   function is called directly and through its ABI0 thunk; the results and
   side effects must agree.  */
#include "abi0-harness.h"

enum e { E_NEG = -1, E_ZERO = 0, E_POS = 1 };
static const char text[16] = "0123456789abcde";
static unsigned long long side_effect;

static unsigned long long mix (unsigned long long h, unsigned long long v)
{
  return (h ^ v) * 1099511628211ull + 0x9e3779b97f4a7c15ull;
}
static unsigned long long hash_float (float f)
{
  unsigned u; memcpy (&u, &f, 4); return u;
}
static unsigned long long hash_double (double d)
{
  unsigned long long u; memcpy (&u, &d, 8); return u;
}
/* Every register a SysV caller expects kept, clobbered by the ABI0
   assembly (abi0_clobber_saved, abi0-call.S): set before the call
   through a ..sysv thunk and checked after it.  */
#define SAVED_SET()                                                          \
  register long s_rbx __asm__ ("rbx") = 0x1b;                               \
  register long s_r12 __asm__ ("r12") = 0x12;                               \
  register long s_r13 __asm__ ("r13") = 0x13;                               \
  register long s_r14 __asm__ ("r14") = 0x14;                               \
  register long s_r15 __asm__ ("r15") = 0x15;                               \
  __asm__ volatile ("" : "+r" (s_rbx), "+r" (s_r12), "+r" (s_r13),          \
		    "+r" (s_r14), "+r" (s_r15))
#define SAVED_CHECK(what)                                                    \
  __asm__ volatile ("" : "+r" (s_rbx), "+r" (s_r12), "+r" (s_r13),          \
		    "+r" (s_r14), "+r" (s_r15));                            \
  EXPECT (s_rbx == 0x1b && s_r12 == 0x12 && s_r13 == 0x13                   \
	  && s_r14 == 0x14 && s_r15 == 0x15, what)
'''


def function(rng, g, idx):
    nparams = rng.choice([0, 1, 2, 3, 4, 6, 8, 10, 13])
    params = [g.param_type() for _ in range(nparams)]
    ret = None if rng.random() < 0.1 else g.param_type()
    name = "f%d" % idx
    lines = []
    sig = ", ".join(decl(t, "p%d" % i) for i, t in enumerate(params)) or "void"
    rtype = ctype(ret) if ret else "void"
    lines.append("static %s\n%s (%s)\n{" % (rtype, name, sig))
    lines.append("  unsigned long long h = %d;" % idx)
    for i, t in enumerate(params):
        for s, expr in leaves(t, "p%d" % i):
            lines.append("  h = mix (h, %s);" % hash_leaf(s, expr))
    lines.append("  side_effect = mix (side_effect, h);")
    if ret:
        lines.append("  %s r;" % ctype(ret))
        lines.append("  memset (&r, 0, sizeof r);")
        for k, (s, expr) in enumerate(leaves(ret, "r")):
            lines.append("  " + set_leaf(s, expr, "mix (h, %d)" % k))
        lines.append("  return r;")
    lines.append("}")
    lines.append('#pragma linkname %s rnd.%s' % (name, name))
    lines.append('ABI0_THUNK (t_%s, "rnd.%s.abi0");' % (name, name))
    # The way back: G, ABI0 assembly that clobbers every register SysV
    # callers expect kept and jumps to F's thunk, declared 'def ABI0',
    # which C calls through G..sysv.
    gname = "g%d" % idx
    lines.append("extern %s %s (%s);" % (rtype, gname, sig))
    lines.append("#pragma linkname %s rnd.%s" % (gname, gname))
    lines.append("#pragma linkname_symabis def rnd.%s ABI0" % gname)
    lines.append('__asm__ ("\\t.text\\n\\t.globl\\trnd.%s\\nrnd.%s:\\n\\tcall\\tabi0_clobber_saved\\n'
                 '\\tjmp\\trnd.%s.abi0\\n");' % (gname, gname, name))
    # The check: same arguments both ways.
    args = []
    check = ["static void\ncheck_%s (int mis)\n{" % name]
    for i, t in enumerate(params):
        check.append("  %s;" % decl(t, "a%d" % i) if t[0] != "array" else "")
        check.append("  memset (&a%d, 0, sizeof a%d);" % (i, i))
        for s, expr in leaves(t, "a%d" % i):
            check.append("  %s = %s;" % (expr, literal(rng, s)))
        args.append("a%d" % i)
    check.append("  struct frame f = { { 0 }, 0 };")
    for a in args:
        check.append("  ARG (&f, %s);" % a)
    check.append("  side_effect = 0;")
    if ret:
        check.append("  %s want = %s (%s);" % (ctype(ret), name, ", ".join(args)))
        check.append("  unsigned long long want_side = side_effect;")
        check.append("  side_effect = 0;")
        check.append("  %s got;" % ctype(ret))
        check.append("  memcpy (&got, frame_call (t_%s, &f, sizeof got, mis), sizeof got);" % name)
        cond = " && ".join("%s == %s" % (g_, w_) if s[1][3] != "f" else
                           "%s == %s" % (hash_leaf(s, g_), hash_leaf(s, w_))
                           for (s, g_), (_, w_) in zip(leaves(ret, "got"), leaves(ret, "want")))
        check.append('  EXPECT (%s, "%s result");' % (cond or "1", name))
    else:
        check.append("  %s (%s);" % (name, ", ".join(args)))
        check.append("  unsigned long long want_side = side_effect;")
        check.append("  side_effect = 0;")
        check.append("  frame_call (t_%s, &f, 0, mis);" % name)
    check.append('  EXPECT (side_effect == want_side, "%s arguments");' % name)
    # C -> g..sysv -> assembly -> f.abi0 -> f, with values in every
    # register the SysV caller expects kept.
    check.append("  side_effect = 0;")
    check.append("  SAVED_SET ();")
    if ret:
        check.append("  %s back = %s (%s);" % (ctype(ret), gname, ", ".join(args)))
        check.append("  SAVED_CHECK (\"%s saved registers\");" % gname)
        cond = " && ".join("%s == %s" % (g_, w_) if s[1][3] != "f" else
                           "%s == %s" % (hash_leaf(s, g_), hash_leaf(s, w_))
                           for (s, g_), (_, w_) in zip(leaves(ret, "back"), leaves(ret, "want")))
        check.append('  EXPECT (%s, "%s result");' % (cond or "1", gname))
    else:
        check.append("  %s (%s);" % (gname, ", ".join(args)))
        check.append("  SAVED_CHECK (\"%s saved registers\");" % gname)
    check.append('  EXPECT (side_effect == want_side, "%s arguments");' % gname)
    check.append("}")
    return "\n".join(lines), "\n".join(c for c in check if c)


def write_file(path, seed, rng, first, count):
    g = Gen(rng)
    funcs, checks = [], []
    for idx in range(first, first + count):
        f, c = function(rng, g, idx)
        funcs.append(f)
        checks.append(c)
    with open(path, "w") as out:
        out.write(PRELUDE % {"seed": seed})
        for t in g.structs:
            out.write(struct_def(t) + "\n")
        out.write("\n".join(funcs) + "\n")
        out.write("\n".join(checks) + "\n")
        out.write("int\nmain (void)\n{\n  for (int mis = 0; mis < 2; mis++)\n    {\n")
        for idx in range(first, first + count):
            out.write("      check_f%d (mis);\n" % idx)
        out.write('    }\n  if (failures)\n    return 1;\n  puts ("random ok");\n  return 0;\n}\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--per-file", type=int, default=50)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for first in range(0, a.count, a.per_file):
        count = min(a.per_file, a.count - first)
        path = os.path.join(a.out, "random-%d-%04d.c" % (a.seed, first))
        write_file(path, a.seed, rng, first, count)
        print(path)
        n += 1


if __name__ == "__main__":
    main()
