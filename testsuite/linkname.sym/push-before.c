/* The directive may stand before the declaration, as in Go; a static
   redeclaration after it still compiles.  */
/* { dg-do assemble } */
#pragma linkname early pkg.early
static int h (int);
#pragma linkname h "pkg.h"
static int h (int x) { return x * 3; }
static int early (void) { return h (2); }
/* { dg-final { symbol "pkg.early" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.h" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "h" } } */
/* { dg-final { no-symbol "early" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
