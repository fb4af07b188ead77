/* GCC names the cold part of a function F 'F.cold', and its clones
   'F.part.N', 'F.constprop.N', 'F.isra.N', ...: a target of that form,
   for a function F of the unit, was an assembler error ("symbol
   `foo.cold' is already defined") or a pull bound to GCC's local copy.
   Refused at the directive, also when F is itself a target.  Names of
   that form with no such function in the unit are fine.  */
/* { dg-do assemble } */
extern void abort (void);
__attribute__ ((noinline)) int foo (int x) /* { dg-message "'foo' is defined here" } */
{
  if (__builtin_expect (x > 100, 0))
    abort ();
  return x * 2;
}
static int bar (int x) { return x + 1; }
#pragma linkname bar foo.cold /* { dg-error "linkname target 'foo.cold' is the name GCC gives the cold part of 'foo', which this unit defines; choose another name" } */
static int baz (int x) { return x + 2; } /* { dg-message "'pkg.baz' is defined here" } */
#pragma linkname baz pkg.baz
static int q (int x) { return x + 3; }
#pragma linkname q "pkg.baz.part.0" /* { dg-error "linkname target 'pkg.baz.part.0' is the name GCC gives a clone of 'pkg.baz'" } */
extern int pulled (int);
#pragma linkname pulled "foo.constprop.0" /* { dg-error "'foo.constprop.0' is the name GCC gives a clone of 'foo'" } */
static int ok (int x) { return x + 4; }
#pragma linkname ok pkg.cold
int use (int y) { return bar (y) + baz (y) + q (y) + pulled (y) + ok (y); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
