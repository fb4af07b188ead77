/* Pull: a declaration without a body binds to TARGET; nothing is defined.  */
/* { dg-do assemble } */
extern long nanotime (void);
#pragma linkname nanotime "runtime.nanotime1"
#pragma linkname later runtime.internal.atomic.Load
extern int later (int *);
extern int pulled_var;
#pragma linkname pulled_var pkg.var
extern int attr_pull (void) __attribute__ ((linkname ("pkg.attr_pull")));
__attribute__ ((used)) long use (int *p) { return nanotime () + later (p) + pulled_var + attr_pull (); }
/* { dg-final { symbol "runtime.nanotime1" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "runtime.internal.atomic.Load" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "pkg.var" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "pkg.attr_pull" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { no-symbol "nanotime" } } */
/* { dg-final { no-symbol "later" } } */
/* { dg-final { no-symbol "pulled_var" } } */
/* { dg-final { no-symbol "attr_pull" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
