/* -mcmodel=large: the C function lies 4 GiB above the thunk, out of
   reach of a direct call (which would not link), so the thunk calls it
   as GCC's large model does, through %rax.  abi0.exp runs this under
   -mcmodel=large only.  */
/* { dg-do run } */
/* { dg-options "-fno-asynchronous-unwind-tables -Wl,--section-start=.farcode=0x100400000" } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"

__attribute__ ((section (".farcode"), noinline)) static long
far (long a, double d, long b)
{
  return a * 3 + (long) d - b;
}
#pragma linkname far test.far
ABI0_THUNK (t_far, "test.far.abi0");

int
main (void)
{
  for (int mis = 0; mis < 2; mis++)
    {
      struct frame f = { .off = 0 };
      ARG (&f, 5L);
      ARG (&f, 2.5);
      ARG (&f, 1L);
      long got;
      memcpy (&got, frame_call (t_far, &f, 8, mis), 8);
      EXPECT (got == far (5, 2.5, 1), "a function 4 GiB away");
    }
  long distance = (long) ((char *) (void *) far - (char *) (void *) t_far);
  EXPECT (distance > 0x7fffffffL || distance < -0x80000000L,
	  "the function lies out of a direct call's reach");
  if (failures)
    return 1;
  puts ("far ok");
  return 0;
}
/* { dg-output "far ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
