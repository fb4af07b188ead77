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


def main():
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
