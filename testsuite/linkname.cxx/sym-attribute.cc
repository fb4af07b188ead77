/* The attribute on namespace-scope functions and variables: in a named
   namespace, static, in an anonymous namespace, in both spellings.  Each
   is a GLOBAL DEFAULT symbol named TARGET, and the mangled name is gone.  */
/* { dg-do assemble } */
namespace ns1
{
  int f [[gnu::linkname ("pkg.ns1f")]] (int x);
  int f (int x) { return x + 1; }
}
namespace ns2
{
  /* Same name, another namespace: another directive.  */
  [[gnu::linkname ("pkg.ns2f")]] int f (int x) { return x + 2; }
  long counter [[gnu::linkname ("pkg.counter")]] = 5;
}
static int helper (int) __attribute__ ((linkname ("pkg.helper")));
static int helper (int x) { return x * 3; }
static int svar __attribute__ ((linkname ("pkg.svar"))) = 3;
namespace
{
  int anon [[gnu::linkname ("pkg.anon")]] (int x) { return x - 1; }
  int avar [[gnu::linkname ("pkg.avar")]];
}
/* const has internal linkage in C++: still pushed.  */
extern const int kval [[gnu::linkname ("pkg.kval")]];
const int kval = 11;
int caller (int x) { return helper (x) + anon (x) + ns1::f (x) + avar; }
/* { dg-final { symbol "pkg.ns1f" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.ns2f" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.counter" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.helper" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.svar" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.anon" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.avar" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.kval" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "_ZN3ns11fEi" } } */
/* { dg-final { no-symbol "_ZN3ns21fEi" } } */
/* { dg-final { no-symbol "_ZL6helperi" } } */
/* { dg-final { no-symbol "_ZN12_GLOBAL__N_14anonEi" } } */
/* { dg-final { thunk "pkg.ns1f.abi0" DEFAULT } } */
/* { dg-final { thunk "pkg.anon.abi0" DEFAULT } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
