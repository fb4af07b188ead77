/* The thunk has CFI: an unwinder walks from the C callee through
   TARGET.abi0 and the ABI0 caller back to main.  */
/* { dg-do run } */
/* { dg-options "-rdynamic -fno-inline" } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"
#include <execinfo.h>

static int saw_thunk, saw_main;

static int
traced (int x)
{
  void *pcs[32];
  int n = backtrace (pcs, 32);
  char **names = backtrace_symbols (pcs, n);
  for (int i = 0; names && i < n; i++)
    {
      saw_thunk |= strstr (names[i], "(test.traced.abi0+") != NULL;
      saw_main |= strstr (names[i], "(main+") != NULL;
    }
  free (names);
  return x + 1;
}
#pragma linkname traced test.traced
ABI0_THUNK (t_traced, "test.traced.abi0");

int
main (void)
{
  struct frame f = { 0 };
  ARG (&f, 41);
  int r;
  memcpy (&r, frame_call (t_traced, &f, sizeof r, 1), sizeof r);
  EXPECT (r == 42, "result");
  EXPECT (saw_thunk, "backtrace shows the thunk");
  EXPECT (saw_main, "backtrace reaches main through the thunk");
  if (failures)
    return 1;
  puts ("unwind ok");
  return 0;
}
/* { dg-output "unwind ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
