#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
"""gen.py - C functions called from Go two ways, for linkname-go's test.

Writes, into a copy of testsuite/gobind/ (the Go module):
  c/gen.c            static C functions, each '#pragma linkname fN bind.FN'
  cref/gen.go        cgo wrappers of the same C: the independent oracle
  check/gen_test.go  a test per function: random arguments through the
                     generated binding (package bind, written by
                     linkname-go) and through cgo; results and the
                     pointees of pointer arguments must agree

The first functions take every supported type once (two arguments and a
result of it); the rest are random prototypes.

  gen.py --seed S --count N --out DIR
"""
import argparse
import os
import random

# C type, Go type, cgo type, kind: s signed, u unsigned, f float, b bool,
# c complex
SCALARS = [
    ("char", "int8", "C.char", "s"),
    ("signed char", "int8", "C.schar", "s"),
    ("unsigned char", "uint8", "C.uchar", "u"),
    ("short", "int16", "C.short", "s"),
    ("unsigned short", "uint16", "C.ushort", "u"),
    ("int", "int32", "C.int", "s"),
    ("unsigned int", "uint32", "C.uint", "u"),
    ("long", "int64", "C.long", "s"),
    ("unsigned long", "uint64", "C.ulong", "u"),
    ("long long", "int64", "C.longlong", "s"),
    ("unsigned long long", "uint64", "C.ulonglong", "u"),
    ("int8_t", "int8", "C.int8_t", "s"),
    ("uint16_t", "uint16", "C.uint16_t", "u"),
    ("int32_t", "int32", "C.int32_t", "s"),
    ("uint64_t", "uint64", "C.uint64_t", "u"),
    ("size_t", "uintptr", "C.size_t", "u"),
    ("uintptr_t", "uintptr", "C.uintptr_t", "u"),
    ("ptrdiff_t", "int", "C.ptrdiff_t", "s"),
    ("enum e", "int32", "C.enum_e", "s"),
    ("_Bool", "bool", "C._Bool", "b"),
    ("float", "float32", "C.float", "f"),
    ("double", "float64", "C.double", "f"),
    ("float _Complex", "complex64", "C.complexfloat", "c"),
    ("double _Complex", "complex128", "C.complexdouble", "c"),
]
SCALARS_BY_C = {s[0]: s for s in SCALARS}
BYTE_TYPES = ("char", "signed char", "unsigned char")


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.structs = []  # ('struct', cname, goname, fields, union)

    def scalar(self, complex_ok=True):
        s = self.rng.choice(SCALARS)
        while s[3] == "c" and not complex_ok:
            s = self.rng.choice(SCALARS)
        return ("scalar", s)

    def field_type(self, depth):
        r = self.rng.random()
        if depth < 2 and r < 0.15:
            return self.struct_type(depth + 1)
        if r < 0.3:
            return ("array", self.scalar(), self.rng.randint(1, 4))
        return self.scalar()

    def struct_type(self, depth=0, union=None):
        if union is None:
            union = depth == 0 and self.rng.random() < 0.12
        n = self.rng.randint(1, 5)
        if union:
            fields = [("m%d" % i, self.scalar(False)) for i in range(n)]
        else:
            fields = [("m%d" % i, self.field_type(depth)) for i in range(n)]
        k = len(self.structs)
        t = ("struct", "%s%d" % ("u" if union else "s", k),
             "%s%d" % ("U" if union else "S", k), fields, union)
        self.structs.append(t)
        return t

    def value_type(self):
        r = self.rng.random()
        if r < 0.3:
            return self.struct_type()
        return self.scalar()

    def param_type(self):
        r = self.rng.random()
        if r < 0.12:
            return ("ptr", self.value_type() if self.rng.random() < 0.8
                    else self.scalar(False))
        if r < 0.16:
            return ("voidptr",)
        return self.value_type()


def ctype(t):
    if t[0] == "scalar":
        return t[1][0]
    if t[0] == "struct":
        return ("union " if t[4] else "struct ") + t[1]
    if t[0] == "ptr":
        return ctype(t[1]) + " *"
    if t[0] == "voidptr":
        return "void *"
    raise ValueError(t)


def gotype(t):
    if t[0] == "scalar":
        return t[1][1]
    if t[0] == "struct":
        return "bind." + t[2]
    if t[0] == "ptr":
        return "*" + gotype(t[1])
    if t[0] == "voidptr":
        return "unsafe.Pointer"
    if t[0] == "array":
        return "[%d]%s" % (t[2], gotype(t[1]))
    raise ValueError(t)


def cgotype(t):
    if t[0] == "scalar":
        return t[1][2]
    if t[0] == "struct":
        return "C.%s_%s" % ("union" if t[4] else "struct", t[1])
    raise ValueError(t)


def decl(t, name):
    if t[0] == "array":
        return "%s %s[%d]" % (ctype(t[1]), name, t[2])
    return "%s %s" % (ctype(t), name)


def struct_def(t):
    _, name, _, fields, union = t
    body = " ".join(decl(ft, fn) + ";" for fn, ft in fields)
    return "%s %s { %s };" % ("union" if union else "struct", name, body)


def leaves(t, expr):
    """C lvalues of every scalar inside T at EXPR (unions: the first
    member, whose bytes both paths pass alike)."""
    if t[0] == "scalar":
        if t[1][3] == "c":
            part = ("scalar", [s for s in SCALARS
                               if s[0] == t[1][0].split()[0]][0])
            return [(part, "__real__ " + expr), (part, "__imag__ " + expr)]
        return [(t, expr)]
    if t[0] == "array":
        out = []
        for i in range(t[2]):
            out += leaves(t[1], "%s[%d]" % (expr, i))
        return out
    fields = t[3][:1] if t[4] else t[3]
    out = []
    for fn, ft in fields:
        out += leaves(ft, "%s.%s" % (expr, fn))
    return out


def hash_leaf(s, expr):
    kind = s[1][3]
    if kind == "f":
        return "hash_%s (%s)" % (s[1][0], expr)
    return "(unsigned long long) (%s)" % expr


def set_leaf(s, expr, h):
    kind, name = s[1][3], s[1][0]
    if kind == "f":
        return "%s = (%s) ((%s) %% 100000) / 8;" % (expr, name, h)
    if kind == "b":
        return "%s = (%s) & 1;" % (expr, h)
    if name == "enum e":
        return "%s = (enum e) ((int) ((%s) %% 3) - 1);" % (expr, h)
    return "%s = (%s) (%s);" % (expr, name, h)


C_PRELUDE = r'''/* Generated by testsuite/gobind/gen.py (seed %(seed)d).  Every function
   is called from Go through linkname-go's binding and through cgo.  */
#include <complex.h> /* cgo's prolog spells _Complex 'complex' */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#pragma GCC diagnostic ignored "-Wpsabi"

enum e { E_NEG = -1, E_ZERO = 0, E_POS = 1 };

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
'''


def function(k, params, result):
    name = "f%d" % k
    lines = []
    plist = ", ".join(decl(t, "a%d" % i) for i, t in enumerate(params))
    lines.append("static %s\n%s (%s)\n{" % (
        ctype(result) if result else "void", name, plist or "void"))
    lines.append("  unsigned long long h = %dull;" % (k + 1))
    for i, t in enumerate(params):
        a = "a%d" % i
        if t[0] == "ptr":
            for s, e in leaves(t[1], "(*%s)" % a):
                lines.append("  h = mix (h, %s);" % hash_leaf(s, e))
        elif t[0] == "voidptr":
            lines.append("  { unsigned long long v; memcpy (&v, %s, 8); "
                         "h = mix (h, v); }" % a)
        else:
            for s, e in leaves(t, a):
                lines.append("  h = mix (h, %s);" % hash_leaf(s, e))
    for i, t in enumerate(params):
        if t[0] == "ptr":
            for j, (s, e) in enumerate(leaves(t[1], "(*a%d)" % i)):
                lines.append("  " + set_leaf(s, e, "mix (h, %d)" % (j + 100)))
    if result:
        lines.append("  %s r;" % ctype(result))
        lines.append("  memset (&r, 0, sizeof r);")
        for j, (s, e) in enumerate(leaves(result, "r")):
            lines.append("  " + set_leaf(s, e, "mix (h, %d)" % j))
        lines.append("  return r;")
    lines.append("}")
    lines.append("#pragma linkname %s bind.F%d" % (name, k))
    return "\n".join(lines)


def cref_function(k, params, result):
    args = []
    for i, t in enumerate(params):
        a = "a%d" % i
        if t[0] == "scalar":
            args.append("%s(%s)" % (cgotype(t), a))
        elif t[0] == "struct":
            args.append("*(*%s)(unsafe.Pointer(&%s))" % (cgotype(t), a))
        elif t[0] == "ptr":
            args.append("(*%s)(unsafe.Pointer(%s))" % (cgotype(t[1]), a))
        else:
            args.append(a)
    params_go = ", ".join("a%d %s" % (i, gotype(t))
                          for i, t in enumerate(params))
    call = "C.f%d(%s)" % (k, ", ".join(args))
    out = "func F%d(%s)" % (k, params_go)
    if not result:
        return out + " {\n\t%s\n}\n" % call
    out += " %s {\n" % gotype(result)
    if result[0] == "scalar":
        return out + "\treturn %s(%s)\n}\n" % (result[1][1], call)
    return out + "\tr := %s\n\treturn *(*%s)(unsafe.Pointer(&r))\n}\n" % (
        call, gotype(result))


def test_function(k, params, result):
    lines = ["func TestF%d(t *testing.T) {" % k,
             "\tr := rand.New(rand.NewSource(%d))" % k,
             "\t_ = r",
             "\tfor i := 0; i < iterations; i++ {"]
    a1, a2 = [], []
    for i, t in enumerate(params):
        if t[0] == "ptr":
            lines.append("\t\tp%da, p%db := new(%s), new(%s)" % (
                i, i, gotype(t[1]), gotype(t[1])))
            lines.append("\t\tfill(r, p%da)" % i)
            lines.append("\t\t*p%db = *p%da" % (i, i))
            a1.append("p%da" % i)
            a2.append("p%db" % i)
        elif t[0] == "voidptr":
            lines.append("\t\tv%d := new([8]byte)" % i)
            lines.append("\t\tfill(r, v%d)" % i)
            a1.append("unsafe.Pointer(v%d)" % i)
            a2.append("unsafe.Pointer(v%d)" % i)
        else:
            lines.append("\t\tvar a%d %s" % (i, gotype(t)))
            lines.append("\t\tfill(r, &a%d)" % i)
            a1.append("a%d" % i)
            a2.append("a%d" % i)
    if result:
        lines.append("\t\tgot := bind.F%d(%s)" % (k, ", ".join(a1)))
        lines.append("\t\twant := cref.F%d(%s)" % (k, ", ".join(a2)))
        lines.append("\t\tif !reflect.DeepEqual(got, want) {")
        lines.append("\t\t\tt.Fatalf(\"F%d: got %%v, cgo gives %%v\", got, want)"
                     % k)
        lines.append("\t\t}")
    else:
        lines.append("\t\tbind.F%d(%s)" % (k, ", ".join(a1)))
        lines.append("\t\tcref.F%d(%s)" % (k, ", ".join(a2)))
    for i, t in enumerate(params):
        if t[0] == "ptr":
            lines.append("\t\tif !reflect.DeepEqual(*p%da, *p%db) {" % (i, i))
            lines.append("\t\t\tt.Fatalf(\"F%d: *a%d is %%v, cgo leaves "
                         "%%v\", *p%da, *p%db)" % (k, i, i, i))
            lines.append("\t\t}")
    lines += ["\t}", "}"]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--out", required=True)
    o = ap.parse_args()
    rng = random.Random(o.seed)
    g = Gen(rng)
    protos = []
    # Every supported type once: scalars, then a struct with padding and
    # nesting, a union, pointers to each, void *.
    for s in SCALARS:
        t = ("scalar", s)
        protos.append(([t, t], t))
    pad = ("struct", "pad", "Pad",
           [("c", ("scalar", SCALARS[0])), ("d", ("scalar", SCALARS[21])),
            ("s", ("scalar", SCALARS[3])),
            ("a", ("array", ("scalar", SCALARS[2]), 3))], False)
    nest = ("struct", "nest", "Nest",
            [("b", ("scalar", SCALARS[19])), ("p", pad),
             ("f", ("scalar", SCALARS[20]))], False)
    uni = ("struct", "num", "Num",
           [("l", ("scalar", SCALARS[7])), ("d", ("scalar", SCALARS[21]))],
           True)
    g.structs += [pad, nest, uni]
    for t in (pad, nest, uni):
        protos.append(([t, ("ptr", t)], t))
    protos.append(([("ptr", ("scalar", SCALARS[5])), ("voidptr",)],
                   ("scalar", SCALARS[7])))
    protos.append(([], None))
    while len(protos) < o.count:
        n = rng.randint(0, 12)
        params = [g.param_type() for _ in range(n)]
        # A byte pointer then a size_t is one []byte or string on the
        # Go side (check/class_test.go tests those): not here.
        for i in range(1, n):
            while params[i] == ("scalar", SCALARS_BY_C["size_t"]) and (
                    params[i - 1][0] == "voidptr"
                    or (params[i - 1][0] == "ptr"
                        and params[i - 1][1][0] == "scalar"
                        and params[i - 1][1][1][0] in BYTE_TYPES)):
                params[i] = g.param_type()
        result = g.value_type() if rng.random() < 0.85 else None
        protos.append((params, result))

    c = [C_PRELUDE % {"seed": o.seed}]
    c += [struct_def(s) for s in g.structs]
    c += [function(k, p, r) for k, (p, r) in enumerate(protos)]
    os.makedirs(os.path.join(o.out, "c"), exist_ok=True)
    with open(os.path.join(o.out, "c", "gen.c"), "w") as f:
        f.write("\n\n".join(c) + "\n")

    go = ["// Code generated by testsuite/gobind/gen.py; DO NOT EDIT.\n",
          "package cref\n",
          "// #cgo CFLAGS: -w -I${SRCDIR}/../c",
          "// #include \"gen.c\"",
          "import \"C\"\n",
          "import (",
          "\t\"unsafe\"\n",
          "\t\"linkname.test/gobind/bind\"",
          ")\n",
          "var _ unsafe.Pointer",
          "var _ = bind.F0\n"]
    go += [cref_function(k, p, r) for k, (p, r) in enumerate(protos)]
    with open(os.path.join(o.out, "cref", "gen.go"), "w") as f:
        f.write("\n".join(go))

    t = ["// Code generated by testsuite/gobind/gen.py; DO NOT EDIT.\n",
         "package check\n",
         "import (",
         "\t\"math/rand\"",
         "\t\"reflect\"",
         "\t\"testing\"",
         "\t\"unsafe\"\n",
         "\t\"linkname.test/gobind/bind\"",
         "\t\"linkname.test/gobind/cref\"",
         ")\n",
         "var _ unsafe.Pointer\n"]
    t += [test_function(k, p, r) for k, (p, r) in enumerate(protos)]
    with open(os.path.join(o.out, "check", "gen_test.go"), "w") as f:
        f.write("\n".join(t) + "\n")


if __name__ == "__main__":
    main()
