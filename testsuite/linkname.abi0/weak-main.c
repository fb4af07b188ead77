/* A weak linknamed definition gets a weak thunk: three units define the
   same weak function (this one, weak-one.c, weak-two.c), and a weak
   default in weak-one.c is overridden by a strong definition in
   weak-two.c.  Each unit has its thunks; the link must keep one of each,
   and the thunk of the override calls the override.  Under -flto the
   copies meet in one assembler file, where the first one is kept.  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S weak-one.c weak-two.c" } */
#include "abi0-harness.h"

__attribute__ ((weak)) long
same (long x)
{
  return x + 1;
}
#pragma linkname same test.same
ABI0_THUNK (t_same, "test.same.abi0");
ABI0_THUNK (t_over, "test.over.abi0");

int
main (void)
{
  for (int mis = 0; mis < 2; mis++)
    {
      struct frame f = { 0 };
      long got;
      ARG (&f, 41L);
      memcpy (&got, frame_call (t_same, &f, sizeof got, mis), sizeof got);
      EXPECT (got == 42, "weak definition in three units");
      struct frame g = { 0 };
      ARG (&g, 21L);
      memcpy (&got, frame_call (t_over, &g, sizeof got, mis), sizeof got);
      EXPECT (got == 42, "strong override of a weak default");
    }
  if (failures)
    return 1;
  puts ("weak ok");
  return 0;
}
/* { dg-output "weak ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
