/* The dotted targets of pragma-spacing.c, compiled: the same symbols
   directly and after -save-temps (dg.exp runs this test both ways).  */
/* { dg-do assemble } */
static int k (int x) { return x + 2; }
_Pragma ("linkname k c.d")
#define LINKNAME(x) _Pragma (#x)
static int m (int x) { return x + 3; }
LINKNAME (linkname m e.f.g)
int use (int y) { return k (y) + m (y); }
/* { dg-final { symbol "c.d" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "e.f.g" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
