/* Types with no Go counterpart: no thunk, and a warning that names the
   parameter and says why (x86-64 only; elsewhere no thunk and no
   warning).  */
/* { dg-do assemble } */
/* K&R definitions and unprototyped declarations: C17 (GCC 15 and later
   default to gnu23, where "int f ();" is a prototype; see c23-kr.c).  */
/* { dg-options "-std=gnu17 -O2 -Wno-psabi" } */
typedef int v4si __attribute__ ((vector_size (16)));
static long double ld (long double x) { return x; }
#pragma linkname ld pkg.ld /* { dg-warning "no ABI0 thunk for 'pkg.ld': parameter 'x' has type 'long double': only float and double have Go counterparts" "" { target x86_64-*-* } } */
#ifdef __SIZEOF_INT128__
static int i128 (int a, __int128 b) { return a + (int) b; }
#pragma linkname i128 pkg.i128 /* { dg-warning "parameter 'b' has type '__int128': integers wider than 64 bits have no Go counterpart" "" { target x86_64-*-* } } */
#endif
static int vec (v4si v) { return v[0]; }
#pragma linkname vec pkg.vec /* { dg-warning "parameter 'v' has type 'v4si': vector types have no Go counterpart" "" { target x86_64-*-* } } */
static int var (int n, ...) { return n; }
#pragma linkname var pkg.var /* { dg-warning "no ABI0 thunk for 'pkg.var': it is variadic" "" { target x86_64-*-* } } */
static int kr ();
static int kr (a) int a; { return a; }
#pragma linkname kr pkg.kr /* { dg-warning "no ABI0 thunk for 'pkg.kr': it has no prototype" "" { target x86_64-*-* } } */
static _Complex long double cld (void) { return 0; }
#pragma linkname cld pkg.cld /* { dg-warning "its result has type 'complex long double'" "" { target x86_64-*-* } } */
/* The functions themselves are still pushed.  */
/* { dg-final { symbol "pkg.ld" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "pkg.ld.abi0" } } */
/* { dg-final { no-symbol "pkg.var.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
