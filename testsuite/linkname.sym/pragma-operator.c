/* The _Pragma operator pushes and pulls as '#pragma linkname' does.  */
/* { dg-do assemble } */
static int f1 (int x) { return x + 1; }
_Pragma ("linkname f1 pkg.sym8")
#define PUSH_F2 _Pragma ("linkname f2 runtime.internal.f2")
static int f2 (int x) { return x + 2; }
PUSH_F2
extern int now (void);
_Pragma ("linkname now runtime.nanotime1")
__attribute__ ((used)) int use (int y) { return f1 (y) + f2 (y) + now (); }
/* { dg-final { symbol "pkg.sym8" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "runtime.internal.f2" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "runtime.nanotime1" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { no-symbol "f1" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
