/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   A static that a directive names counts as used from the directive on,
   as with __attribute__((used)): GCC looks for unused statics before the
   plugin makes them public at the end of the unit, and must not warn
   (functions, variables, const variables; pragma before and after the
   definition, attribute on an earlier declaration or on the definition).
   gccgo says nothing for the same code.  */
/* { dg-do assemble } */
/* { dg-options "-Wall -Wextra -Wunused-const-variable=2" } */
static int helper (int x) { return x + 1; } /* { dg-bogus "defined but not used" } */
#pragma linkname helper runtime.helper
#pragma linkname before runtime.before
static int before (void) { return 2; } /* { dg-bogus "defined but not used" } */
static int var = 3; /* { dg-bogus "defined but not used" } */
#pragma linkname var pkg.var
#pragma linkname var_before pkg.var_before
static int var_before; /* { dg-bogus "defined but not used" } */
static const int cvar = 4; /* { dg-bogus "defined but not used" } */
#pragma linkname cvar pkg.cvar
static int attr_decl (void) __attribute__ ((linkname ("pkg.attr_decl")));
static int attr_decl (void) { return 5; } /* { dg-bogus "defined but not used" } */
static int attr_def (void) __attribute__ ((linkname ("pkg.attr_def")));
static int attr_def (void) { return 6; } /* { dg-bogus "defined but not used" } */
__attribute__ ((linkname ("pkg.attr_var"))) static const char attr_var[] = "x"; /* { dg-bogus "defined but not used" } */
static int self (void) { return 7; } /* { dg-bogus "defined but not used" } */
#pragma linkname self
/* Not named: GCC's warning stays.  */
static int other (void) { return 8; } /* { dg-warning "defined but not used" } */
/* { dg-final { symbol "runtime.helper" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "runtime.before" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.var" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.var_before" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.cvar" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.attr_decl" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.attr_def" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.attr_var" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "self" FUNC GLOBAL DEFAULT defined } } */
