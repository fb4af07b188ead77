/* A weakref names its symbol itself, as an asm label does: a linkname
   on it is an error, for functions and variables, pragma and attribute,
   and weakref ("x") as well as weakref with alias ("x").  */
/* { dg-do compile } */
static long f (void) __attribute__ ((weakref ("bar")));
#pragma linkname f pkg.f /* { dg-error "'f' is a weakref to 'bar', which names its symbol already; remove the weakref or the linkname" } */
static long g (void) __attribute__ ((weakref ("baz"), linkname ("pkg.g"))); /* { dg-error "'g' is a weakref to 'baz'" } */
static int v __attribute__ ((weakref ("varb")));
#pragma linkname v pkg.v /* { dg-error "'v' is a weakref to 'varb'" } */
static long h (void) __attribute__ ((weakref, alias ("bazh")));
#pragma linkname h pkg.h /* { dg-error "'h' is a weakref to 'bazh'" } */
long use (void) { return f () + g () + v + h (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
