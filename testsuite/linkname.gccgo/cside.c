/* The C half of the interop program, compiled with
   -fplugin-arg-linkname-mangle=gccgo -fplugin-arg-linkname-pkgpath=cpkg.
   Go's int is C's long on x86-64.  */

/* Push: a static function, called from Go as cpkg.Add.  */
static long add (long a, long b) { return a + b; }
#pragma linkname add cpkg.Add

/* One-argument export: gccgo's name for Neg in package cpkg.  */
static long Neg (long a) { return -a; }
#pragma linkname Neg

/* Pulls of Go functions: one in an imported package with a dotted
   import path (mangled to example_0com_1gofn.Sub), one in main.  */
extern long go_sub (long, long);
#pragma linkname go_sub example.com/gofn.Sub
extern long go_twice (long);
#pragma linkname go_twice main.twice

/* Go calls C, which calls Go: 2 * x - 1.  */
static long calls_go (long x) { return go_sub (go_twice (x), 1); }
#pragma linkname calls_go cpkg.CallsGo

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
