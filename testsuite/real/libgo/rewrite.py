#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# rewrite.py IN OUT - turn libgo's asm labels into '#pragma linkname'.
#
# libgo's C half names Go symbols with asm labels on declarations:
#     int64 runtime_nanotime (void) __asm__ (GOSYM_PREFIX "runtime.nanotime1");
# Each such label is removed, and '#pragma linkname LOCAL TARGET' is added
# after the declaration, so the plugin must give the objects the same
# symbols.  LOCAL is the declarator's identifier: the name before the
# parameter list of a function, or just before the label for a variable.
# Prints how many declarations were rewritten.
import re
import sys

LABEL = re.compile(r'__asm__\s*\(\s*GOSYM_PREFIX\s*"([^"]+)"\s*\)')
IDENT_BEFORE = re.compile(r'([A-Za-z_]\w*)\s*$')


COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


def declared_name(code, end):
    """The identifier declared by the declarator that ends at END in CODE
    (the text with comments blanked out)."""
    i = end
    while code[i - 1].isspace():
        i -= 1
    close = code[i - 1]
    if close in ")]":                  # skip parameters or array bounds
        open_ = "(" if close == ")" else "["
        depth = 0
        while True:
            i -= 1
            depth += {close: 1, open_: -1}.get(code[i], 0)
            if depth == 0:
                break
    return IDENT_BEFORE.search(code[:i]).group(1)


def rewrite(text):
    code = COMMENT.sub(lambda m: re.sub(r"\S", " ", m.group(0)), text)
    out, pos, count = [], 0, 0
    for m in LABEL.finditer(text):
        if m.start() < pos:
            continue
        name = declared_name(code, m.start())
        semi = text.index(";", m.end())
        out.append(text[pos:m.start()] + text[m.end():semi + 1])
        out.append("\n#pragma linkname %s %s\n" % (name, m.group(1)))
        pos = semi + 1
        count += 1
    out.append(text[pos:])
    return "".join(out), count


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    new, count = rewrite(text)
    open(sys.argv[2], "w", encoding="utf-8").write(new)
    print(count)


if __name__ == "__main__":
    main()
