/* A global definition moves to TARGET; a pragma after all uses works, and
   an explicit visibility attribute is respected.  */
/* { dg-do assemble } */
int visible (void) { return 1; }
int user (void) { return visible (); }
#pragma linkname visible pkg.visible
__attribute__ ((visibility ("hidden"))) int hid (void) { return 2; }
#pragma linkname hid pkg.hid
/* { dg-final { symbol "pkg.visible" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "visible" } } */
/* { dg-final { symbol "pkg.hid" FUNC GLOBAL HIDDEN defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
