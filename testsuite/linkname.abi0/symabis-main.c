/* -fplugin-arg-linkname-symabis: C calls ABI0 assembly (def SYM ABI0)
   through SYM..sysv, and assembly calls C (ref SYM ABI0) through
   SYM.abi0, with no linkname on the C definition.  */
/* { dg-do run } */
/* { dg-symabis "symabis.txt" } */
/* { dg-additional-sources "symabis-other.c symabis-asm.S" } */
#include <stdio.h>

extern long add (long, long);
#pragma linkname add asm.add

struct i3 { int x, y, z; };
struct res { double a; int b; };
extern struct res mix (signed char c, double d, struct i3 s)
  __attribute__ ((linkname ("asm.mix")));

struct big { long v[4]; };
extern struct big fill (long x);
#pragma linkname fill asm.fill

extern long callc (long, long);
#pragma linkname callc asm.callc

long add_twice (long);

/* Called only by assembly, through cfn.abi0.  */
long
cfn (long a, long b)
{
  return a * 100 + b;
}

int
main (void)
{
  int bad = 0;
  /* Values in callee-saved registers must survive the ABI0 callee.  */
  register long keep __asm__ ("rbx") = 12345;
  __asm__ volatile ("" : "+r" (keep));
  bad |= add (40, 2) != 42;
  __asm__ volatile ("" : "+r" (keep));
  bad |= keep != 12345;
  struct res r = mix (-3, 1.25, (struct i3) { 10, 20, 30 });
  bad |= r.a != 2.5 || r.b != 57;
  struct big g = fill (7);
  bad |= g.v[0] != 7 || g.v[1] != 8 || g.v[2] != 9 || g.v[3] != 10;
  bad |= callc (4, 2) != 402;
  bad |= add_twice (5) != 15;
  if (bad)
    return 1;
  puts ("symabis ok");
  return 0;
}
/* { dg-output "symabis ok" } */
/* { dg-final { symbol-local "asm.add..sysv" FUNC } } */
/* { dg-final { symbol "cfn.abi0" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "asm.add.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
