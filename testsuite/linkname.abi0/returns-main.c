/* How a thunk returns.  Under -mfunction-return=thunk-extern it returns
   through __x86_return_thunk, as every function GCC compiles does: a
   call through it passes there twice (the C function and the thunk;
   abi0-call.S counts).  Under every other option it does not pass
   there at all.  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"

extern unsigned long abi0_return_thunks;

static long __attribute__ ((noipa))
probe (long x)
{
  return x + 1;
}

static long
add (long a, long b)
{
  return a + b;
}
#pragma linkname add test.ret_add
ABI0_THUNK (t_add, "test.ret_add.abi0");

int
main (void)
{
  unsigned long n = abi0_return_thunks;
  volatile long v = probe (1);
  int thunk_extern = abi0_return_thunks != n;
  for (int mis = 0; mis < 2; mis++)
    {
      long frame[3] = { 2, 40, -1 };
      n = abi0_return_thunks;
      abi0_call (t_add, frame, sizeof frame, mis);
      unsigned long passed = abi0_return_thunks - n;
      EXPECT (frame[2] == 42, "add");
      EXPECT (passed == (thunk_extern ? 2 : 0),
	      "passes through __x86_return_thunk as GCC's code does");
    }
  if (failures || v != 2)
    return 1;
  printf ("returns ok (%s)\n", thunk_extern ? "thunk-extern" : "ret");
  return 0;
}
/* { dg-output "returns ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
