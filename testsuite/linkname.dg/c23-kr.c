/* C23 removed K&R definitions; GCC still takes one in gnu2x/gnu23 mode,
   warns that it is old-style, and the function has no prototype: no ABI0
   thunk, and the plugin says why.  The function is still pushed.  Under
   -std=gnu17 the same holds (linkname.dg/abi0-unsupported.c).  */
/* { dg-do assemble } */
/* { dg-options "-std=gnu2x -O2" } */
/* { dg-require-empty-prototype "" } */
static int kr (a) int a; { return a; } /* { dg-warning "old-style function definition" } */
#pragma linkname kr pkg.kr /* { dg-warning "no ABI0 thunk for 'pkg.kr': it has no prototype" "" { target x86_64-*-* } } */
/* { dg-final { symbol "pkg.kr" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "pkg.kr.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
