/* C23's attribute syntax in C: the plugin's attribute lives in the gnu
   namespace, so [[gnu::linkname ("T")]] (and [[__gnu__::__linkname__]])
   work where __attribute__ ((linkname)) does, before the declaration or
   after the declared name, and __has_c_attribute sees it.  */
/* { dg-do assemble } */
/* { dg-options "-std=gnu2x -O2" } */
#if !__has_c_attribute (gnu::linkname)
#error "__has_c_attribute (gnu::linkname) is 0 with the plugin loaded"
#endif
[[gnu::linkname ("pkg.c1")]] static int c1 (int x) { return x; }
static int c2 [[gnu::linkname ("pkg.c2")]] (void);
static int c2 (void) { return c1 (2); }
[[__gnu__::__linkname__ ("pkg.c3")]] int c3 (void) { return c2 (); }
[[gnu::linkname ("pkg.v")]] int v = 4;
/* { dg-final { symbol "pkg.c1" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.c2" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.c3" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.v" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "c1" } } */
/* { dg-final { no-symbol "c3" } } */
/* { dg-final { no-symbol "v" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
