/* ABI0 thunks: TARGET.abi0 for every linknamed function defined here (push
   and one-argument form), with TARGET's visibility; none for pulls, for
   variables, or on targets other than x86-64 (the cross compilers run this
   same test).  */
/* { dg-do assemble } */
static long add (long a, long b) { return a + b; }
#pragma linkname add pkg.add
static void exported (void) { }
#pragma linkname exported
__attribute__ ((visibility ("hidden"))) int hidden_fn (int x) { return x; }
#pragma linkname hidden_fn pkg.hidden_fn
extern long pulled (long);
#pragma linkname pulled pkg.pulled
static int var = 3;
#pragma linkname var pkg.var
__attribute__ ((used)) long use (long x) { return pulled (x) + var; }
/* { dg-final { thunk "pkg.add.abi0" DEFAULT } } */
/* { dg-final { thunk "exported.abi0" DEFAULT } } */
/* { dg-final { thunk "pkg.hidden_fn.abi0" HIDDEN } } */
/* { dg-final { no-symbol "pkg.pulled.abi0" } } */
/* { dg-final { no-symbol "pkg.var.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
