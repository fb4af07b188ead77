/* No collision when the other definition is itself renamed away:
   a -> "b" while b -> "c".  */
/* { dg-do assemble } */
static int a (void) { return 1; }
static int b (void) { return 2; }
#pragma linkname a b
#pragma linkname b c
int use (void) { return a () + b (); }
/* { dg-final { symbol "b" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "c" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "a" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
