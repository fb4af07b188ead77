/* One argument, with -fplugin-arg-linkname-pkgpath=example.com/cmp:
   exported under gccgo's default name, example_0com_1cmp.exp__fn.  */
#pragma linkname exp_fn
static int exp_fn (void) { return 2; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
