#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
#
# push-statics.py PREFIX OBJDIR SRCDIR [--library] - push every static
# function of a real codebase under a generated target.
#
# The static functions are the ones GCC emitted in the objects of a build
# without the plugin (nm: local text symbols, GCC's own parts such as
# f.part.0 or f.cold left out): that is what the unit really defines,
# whatever its macros and #ifs.  An object NAME.o or PROG-NAME.o comes
# from SRCDIR/NAME.c.  To each such source, once, this appends
#     #pragma linkname F PREFIX.NAME.F
# for each of its static functions F (a pragma after the definition; the
# name is looked up at file scope).  With --library, only the library's
# objects (NAME.o, not a test program's PROG-NAME.o): tests that assert
# their own functions' names in a backtrace would see the pushed symbol,
# as they would an asm label's.  Prints "N functions in M files".
#
# push-statics.py --cxx PREFIX OBJDIR SRCDIR - the same for C++ (.cc
# files, objects from any of them, such as one that #includes them all):
# the '#pragma linkname' of C++ sees the global namespace only, so this
# writes the attribute into the declaration, after the name, as in
#     static bool IsPathSeparator [[gnu::linkname ("P.FILE.IsPathSeparator")]] (char c) {
# for each local function in the objects that is a namespace-scope
# function, 'static' or in an anonymous namespace (not a member, not a
# template, not inline: the plugin refuses those, as it documents).  Its
# declarations in SRCDIR are the lines that start (column 0, no
# 'template' line before) with a type and then the name not after '::'.
# A function declared before its definition gets the attribute on that
# first declaration; overloads get NAME, NAME.2, ... in source order.  A
# name whose lines do not match GCC's functions one to one (a definition
# under #if for another system, say) is left alone and counted as
# skipped.  Prints "N functions in M files (K skipped: NAMES)".
import glob
import os
import re
import subprocess
import sys


def statics(obj):
    out = subprocess.run(["nm", "--defined-only", obj], capture_output=True,
                         text=True, check=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] == "t" and "." not in parts[2]:
            names.add(parts[2])
    return names


def source_of(obj, srcdir):
    base = os.path.basename(obj)[:-2]
    for name in (base, base.split("-", 1)[-1]):
        path = os.path.join(srcdir, name + ".c")
        if os.path.exists(path):
            return path, name
    return None, None


def cxx_statics(objdir):
    """Names of the namespace-scope functions with internal linkage (no
    member, no template) in OBJDIR's objects, with how many of each
    (overloads)."""
    mangled = set()
    for obj in glob.glob(os.path.join(objdir, "*.o")):
        mangled |= {m for m in statics(obj) if m.startswith("_Z")}
    order = sorted(mangled)
    out = subprocess.run(["c++filt"], input="\n".join(order) + "\n",
                         capture_output=True, text=True, check=True).stdout
    count = {}
    for name in out.splitlines():
        name = name.replace("(anonymous namespace)", "@anon")
        name = re.sub(r"\[abi:\w+\]", "", name)
        head = name.split("(", 1)[0]
        if re.search(r"[ <{]", head) or "{lambda" in name:
            continue  # a template (its return type comes first), a lambda
        short = head.rsplit("::", 1)[-1]
        count[short] = count.get(short, 0) + 1
    return count


DECL = re.compile(r"^(?!template\b|return\b|inline\b|typedef\b|using\b)"
                  r"(?:static\s+)?(?!inline\b)[A-Za-z_:][\w:<>,*& ]*?[\s*&]"
                  r"(?<!::)(\w+)\s*\(", re.M)


def cxx_declarations(text):
    """(name, end of name, is-definition) for each column-0 function
    declaration of TEXT."""
    found = []
    for m in DECL.finditer(text):
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if before.startswith("template") or re.search(
                r"\b(constexpr|inline)\b", m.group(0)):
            continue
        depth, i = 0, m.end(1)
        while i < len(text):
            c = text[i]
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif depth == 0 and c in ";{=":
                break
            i += 1
        found.append((m.group(1), m.end(1), i < len(text) and text[i] == "{"))
    return found


def main_cxx(prefix, objdir, srcdir):
    count = cxx_statics(objdir)
    sources = sorted(glob.glob(os.path.join(srcdir, "*.cc")))
    decls = {}  # name -> [(path, end, is_def)]
    texts = {}
    for path in sources:
        texts[path] = open(path, encoding="utf-8").read()
        for name, end, is_def in cxx_declarations(texts[path]):
            if name in count:
                decls.setdefault(name, []).append((path, end, is_def))
    edits = {}  # path -> [(end, target)]
    pushed, skipped = 0, []
    for name in sorted(count):
        found = decls.get(name, [])
        defs = [d for d in found if d[2]]
        if len(found) == count[name] and len(defs) == count[name]:
            chosen = found  # overloads, each defined once
        elif count[name] == 1 and len(defs) == 1 and len(found) == 2 \
                and not found[0][2]:
            chosen = found[:1]  # declared, then defined
        else:
            if found:  # else a member, or not defined in SRCDIR
                skipped.append(name)
            continue
        for n, (path, end, _) in enumerate(chosen, 1):
            tag = re.sub(r"\W", "_", os.path.basename(path)[:-3])
            target = "%s.%s.%s%s" % (prefix, tag, name,
                                     "" if n == 1 else ".%d" % n)
            edits.setdefault(path, []).append((end, target))
            pushed += 1
    for path, places in edits.items():
        text = texts[path]
        for end, target in sorted(places, reverse=True):
            text = '%s [[gnu::linkname ("%s")]]%s' % (text[:end], target,
                                                      text[end:])
        open(path, "w", encoding="utf-8").write(text)
    print("%d functions in %d files (%d skipped: %s)"
          % (pushed, len(edits), len(skipped), " ".join(skipped)))


def main():
    if sys.argv[1] == "--cxx":
        main_cxx(*sys.argv[2:5])
        return
    prefix, objdir, srcdir = sys.argv[1:4]
    library = "--library" in sys.argv[4:]
    per_file = {}
    for entry in sorted(os.listdir(objdir)):
        if not entry.endswith(".o") or (library and "-" in entry):
            continue
        path, name = source_of(os.path.join(objdir, entry), srcdir)
        if path:
            per_file.setdefault((path, name), set()).update(
                statics(os.path.join(objdir, entry)))
    count = 0
    for (path, name), funcs in sorted(per_file.items()):
        if not funcs:
            continue
        text = open(path, encoding="utf-8", errors="surrogateescape").read()
        if "#pragma linkname" in text:
            continue
        tag = re.sub(r"\W", "_", name)
        text += "\n/* push-statics.py */\n" + "".join(
            "#pragma linkname %s %s.%s.%s\n" % (f, prefix, tag, f)
            for f in sorted(funcs))
        open(path, "w", encoding="utf-8", errors="surrogateescape").write(text)
        count += len(funcs)
    print("%d functions in %d files" % (count, len(per_file)))


main()
