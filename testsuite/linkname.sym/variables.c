/* Variables, which gc allows and gccgo 12 does not: initialized,
   zero-initialized, tentative (not a common symbol), and const.  */
/* { dg-do assemble } */
static int counter __attribute__ ((linkname ("pkg.counter")));
static long table[4] = { 1, 2, 3, 4 };
#pragma linkname table pkg.table
int tentative;
#pragma linkname tentative pkg.tentative
static const char name[] = "linkname";
#pragma linkname name pkg.name
/* { dg-final { symbol "pkg.counter" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.table" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.tentative" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.name" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "counter" } } */
/* { dg-final { no-symbol "table" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
