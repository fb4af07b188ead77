/* Under -fcommon a tentative definition is a common symbol.  Pushed, it
   is a real definition (in .bss), as a Go variable is, so that two units
   that push one symbol collide at link time instead of merging.  */
/* { dg-do assemble } */
/* { dg-options "-fcommon" } */
int tentative;
#pragma linkname tentative pkg.tentative
int tentative_attr __attribute__ ((linkname ("pkg.tentative_attr")));
/* { dg-final { symbol "pkg.tentative" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.tentative_attr" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "tentative" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
