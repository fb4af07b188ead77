/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   With -fplugin-arg-linkname-mangle=gccgo, gc's closure names
   (example.com/cmp.Outer.func1, example.com/cmp.(*T).MC.func1) are
   gccgo's (example_0com_1cmp.Outer..func1, example_0com_1cmp.T.MC..func1);
   the functions that own them are defined too.  */
static int outer (void) { return 1; }
#pragma linkname outer example.com/cmp.Outer
static int outer_func1 (void) { return 1; }
#pragma linkname outer_func1 example.com/cmp.Outer.func1
struct T { int x; };
static int mc (struct T *t) { return t->x; }
#pragma linkname mc "example.com/cmp.(*T).MC"
static int mc_func1 (void) { return 2; }
#pragma linkname mc_func1 "example.com/cmp.(*T).MC.func1"
