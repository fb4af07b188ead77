/* A weakref names its symbol itself, as an asm label does: a linkname
   on it is an error in C++ too.  */
static long f (void) __attribute__ ((weakref ("bar")));
#pragma linkname f pkg.f /* { dg-error "'f' is a weakref to 'bar', which names its symbol already; remove the weakref or the linkname" } */
static long g [[gnu::linkname ("pkg.g")]] (void) __attribute__ ((weakref ("baz"))); /* { dg-error "'g' is a weakref to 'baz'" } */
long use () { return f () + g (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
