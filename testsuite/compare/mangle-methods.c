/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   With -fplugin-arg-linkname-mangle=gccgo, gc's method spellings, pointer
   receiver (*T) included, name the symbols gccgo defines for them.  */
struct T { int x; };
static int pm (struct T *t) { return t->x; }
#pragma linkname pm "example.com/cmp.(*T).PM"
static int vm (struct T t) { return t.x + 1; }
#pragma linkname vm example.com/cmp.T.VM
