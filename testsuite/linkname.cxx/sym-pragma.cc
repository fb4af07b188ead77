/* The pragma names an extern "C" function or variable, or an unambiguous
   C++ function of the global namespace, before or after it.  Pulls too.  */
/* { dg-do assemble } */
extern "C" long cadd (long a, long b) { return a + b; }
#pragma linkname cadd cpkg.Add
#pragma linkname twice pkg.twice
static int twice (int x) { return 2 * x; }
extern "C" int cvar;
int cvar = 4;
#pragma linkname cvar pkg.cvar
extern "C" long nanotime (void);
#pragma linkname nanotime runtime.nanotime1
__attribute__ ((externally_visible)) long later (void) { return nanotime () + twice (1); }
/* One argument: the symbol it has, made global.  */
extern "C" { static int keep (void) { return 1; } }
#pragma linkname keep
/* { dg-final { symbol "cpkg.Add" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.twice" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.cvar" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "runtime.nanotime1" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "keep" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "cadd" } } */
/* { dg-final { no-symbol "_ZL5twicei" } } */
/* { dg-final { no-symbol "nanotime" } } */
/* { dg-final { thunk "cpkg.Add.abi0" DEFAULT } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
