/* gccgo: a later linkname of the same local replaces the earlier one.
   We warn when the targets differ, and the last one wins.  */
/* { dg-do assemble } */
static int rep (void) { return 0; }
#pragma linkname rep r1 /* { dg-message "earlier linkname for 'rep' here" } */
#pragma linkname rep r2 /* { dg-warning "linkname for 'rep' given again: 'r2' replaces 'r1'" } */
static int same (void) { return 0; }
#pragma linkname same s1
#pragma linkname same s1
/* { dg-final { symbol "r2" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "r1" } } */
/* { dg-final { symbol "s1" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
