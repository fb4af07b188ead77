/* -fplugin-arg-linkname-abi0=no turns thunks off; no warnings either.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-linkname-abi0=no" } */
static long add (long a, long b) { return a + b; }
#pragma linkname add pkg.add
static long double ld (long double x) { return x; }
#pragma linkname ld pkg.ld
/* { dg-final { symbol "pkg.add" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "pkg.add.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
