/* Types, enumerators, parameters, members and block-scope names are not
   what a linkname applies to; each gets an error that says what it is.  */
/* { dg-do compile } */
typedef int T;
enum { E1 };
struct S { int fld; };
void f (int prm) { static int blk; extern int blkext (void); (void) blk; (void) prm; }
#pragma linkname T x1 /* { dg-error "T is a type, not a function or variable" } */
#pragma linkname E1 x2 /* { dg-error "E1 is an enumeration constant, not a function or variable" } */
#pragma linkname fld x3 /* { dg-error "fld is not defined at file scope \\(it is only a struct or union member\\)" } */
#pragma linkname prm x4 /* { dg-error "prm is not defined at file scope \\(it is only a function parameter\\)" } */
#pragma linkname blk x5 /* { dg-error "blk is not defined at file scope \\(it is only a block-scope declaration\\)" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
