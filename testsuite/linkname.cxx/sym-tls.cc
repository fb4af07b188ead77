/* Thread-locals without a dynamic initialization take a directive:
   __thread ones, and a thread_local with a constant initialization.  */
/* { dg-do assemble } */
__thread int gt [[gnu::linkname ("pkg.gt")]] = 3;
extern __thread int ogt [[gnu::linkname ("pkg.ogt")]];
thread_local int ct [[gnu::linkname ("pkg.ct")]] = 5;
__attribute__ ((externally_visible)) int use () { return gt + ogt + ct; }
/* { dg-final { symbol "pkg.gt" TLS GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "pkg.ogt" TLS GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "pkg.ct" TLS GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
