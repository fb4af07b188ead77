// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
// A static that a directive names counts as used from the directive on
// (C++): no -Wunused-function, -Wunused-variable, -Wunused-const-variable.
/* { dg-do assemble } */
/* { dg-options "-Wall -Wextra -Wunused-const-variable=2" } */
static int helper (int x) { return x + 1; } /* { dg-bogus "defined but not used" } */
#pragma linkname helper runtime.helper
#pragma linkname before runtime.before
static int before () { return 2; } /* { dg-bogus "defined but not used" } */
static int var = 3; /* { dg-bogus "defined but not used" } */
#pragma linkname var pkg.var
static const int cvar = 4; /* { dg-bogus "defined but not used" } */
#pragma linkname cvar pkg.cvar
static int attr_decl () __attribute__ ((linkname ("pkg.attr_decl")));
static int attr_decl () { return 5; } /* { dg-bogus "defined but not used" } */
[[gnu::linkname ("pkg.attr_def")]] static int attr_def () { return 6; } /* { dg-bogus "defined but not used" } */
namespace {
[[gnu::linkname ("pkg.anon")]] int anon () { return 7; } /* { dg-bogus "defined but not used" } */
}
// Not named: GCC's warning stays.
static int other () { return 8; } /* { dg-warning "defined but not used" } */
/* { dg-final { symbol "runtime.helper" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "runtime.before" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.var" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.cvar" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.attr_decl" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.attr_def" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.anon" FUNC GLOBAL DEFAULT defined } } */
