/* ABI0 thunks for C++ types: references are pointers; classes C++ passes
   by invisible reference, and empty classes, get no thunk and a warning.  */
/* { dg-do assemble } */
struct NT { NT (const NT &); int v; };
struct E { };
static int byref (const int &r, int *p) { return r + *p; }
#pragma linkname byref pkg.byref
int nt [[gnu::linkname ("pkg.nt")]] (NT x) { return x.v; } /* { dg-warning "no ABI0 thunk for 'pkg.nt': parameter 'x' has type 'NT': C\\+\\+ passes a class that is not trivially copyable by invisible reference" "" { target x86_64-*-* } } */
int em [[gnu::linkname ("pkg.em")]] (E, int y) { return y; } /* { dg-warning "no ABI0 thunk for 'pkg.em': parameter 1 has type 'E': C\\+\\+ passes an empty class" "" { target x86_64-*-* } } */
/* Types as GCC's C++ diagnostics print them (issue 18).  */
struct S { int a; int f (); };
int pm [[gnu::linkname ("pkg.pm")]] (int S::*p) { return p != 0; } /* { dg-warning "parameter 'p' has type 'int S::\\*': this type has no Go counterpart" "" { target x86_64-*-* } } */
int np [[gnu::linkname ("pkg.np")]] (decltype (nullptr) p) { return p == 0; } /* { dg-warning "parameter 'p' has type 'std::nullptr_t': this type has no Go counterpart" "" { target x86_64-*-* } } */
/* { dg-final { thunk "pkg.byref.abi0" DEFAULT } } */
/* { dg-final { no-symbol "pkg.nt.abi0" } } */
/* { dg-final { no-symbol "pkg.em.abi0" } } */
/* { dg-final { symbol "pkg.nt" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
