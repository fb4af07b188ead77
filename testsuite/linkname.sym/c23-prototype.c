/* C23 (GCC 15 and 16 by default, -std=gnu2x from GCC 13): 'int f ();'
   declares a function without parameters, a prototype, so the function
   gets an ABI0 thunk; before C23 it had no prototype and no thunk
   (linkname.dg/abi0-unsupported.c, at -std=gnu17).  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-std=gnu2x -O2" } */
/* { dg-require-empty-prototype "" } */
int f ();
int f () { return 1; }
#pragma linkname f pkg.f
static long g ();
static long g () { return f () + 1; }
#pragma linkname g pkg.g
/* { dg-final { symbol "pkg.f" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.g" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.f.abi0" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.g.abi0" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
