/* The attribute form, on a definition, on a declaration before the
   definition, and with the __linkname__ spelling.  */
/* { dg-do assemble } */
static int a1 (int x) __attribute__ ((linkname ("pkg.a1")));
static int a1 (int x) { return x; }
__attribute__ ((linkname ("pkg.a2"))) static int a2 (void) { return 2; }
static int a3 (void) __attribute__ ((__linkname__ ("pkg.a3")));
static int a3 (void) { return a1 (3); }
/* { dg-final { symbol "pkg.a1" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.a2" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.a3" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "a1" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
