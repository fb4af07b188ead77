/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* The missing-thunk warning is under -Wattributes: a build under -Werror keeps
   the push with -Wno-error=attributes (the C++ function returning
   std::string is the usual case), and the other pushes keep theirs.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -Werror -Wno-error=attributes" } */
static long double ld (long double x) { return x; }
#pragma linkname ld pkg.ld /* { dg-warning "no ABI0 thunk for 'pkg.ld': parameter 'x' has type 'long double': only float and double have Go counterparts.*-Wattributes" "" { target x86_64-*-* } } */
static long ok (long x) { return x; }
#pragma linkname ok pkg.ok
#pragma GCC diagnostic ignored "-Wattributes"
static long double quiet (long double x) { return x; }
#pragma linkname quiet pkg.quiet
/* { dg-final { symbol pkg.ld FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol pkg.quiet FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { thunk pkg.ok.abi0 DEFAULT } } */
/* { dg-final { no-symbol pkg.ld.abi0 } } */
