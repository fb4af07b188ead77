/* Push: a static definition is emitted as the global symbol TARGET with
   default visibility; no symbol under the local name remains.  */
/* { dg-do assemble } */
static int helper (int x) { return x + 1; }
#pragma linkname helper runtime.helper
/* Unreferenced, and inlined everywhere it is used: still emitted.  */
static int unused (void) { return 7; }
#pragma linkname unused runtime.unused
static int inlined (int x) { return x * 3; }
#pragma linkname inlined runtime.inlined
int caller (int x) { return inlined (x) + inlined (x + 1); }
/* { dg-final { symbol "runtime.helper" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "runtime.unused" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "runtime.inlined" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "helper" } } */
/* { dg-final { no-symbol "unused" } } */
/* { dg-final { no-symbol "inlined" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
