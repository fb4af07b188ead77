/* -fplugin-arg-linkname-gccgo-strict: gccgo 12's rule and text for
   anything but a function.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-linkname-gccgo-strict" } */
static int v = 1;
#pragma linkname v pkg.v /* { dg-error "v is not a function; '#pragma linkname' is only supported for functions" } */
typedef int T;
#pragma linkname T pkg.T /* { dg-error "T is not a function; '#pragma linkname' is only supported for functions" } */
static int w __attribute__ ((linkname ("pkg.w"))) = 2; /* { dg-error "w is not a function; the 'linkname' attribute is only supported for functions" } */
static int f (void) { return v + w; }
#pragma linkname f pkg.f

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
