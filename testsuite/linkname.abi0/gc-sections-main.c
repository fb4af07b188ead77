/* With -ffunction-sections each thunk has its own section, so
   --gc-sections keeps a thunk that is called and drops one that is not.  */
/* { dg-do run } */
/* { dg-options "-ffunction-sections -Wl,--gc-sections" } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"

static int used_fn (int x) { return 2 * x; }
#pragma linkname used_fn test.used_fn
ABI0_THUNK (t_used, "test.used_fn.abi0");
static int unused_fn (int x) { return 3 * x; }
#pragma linkname unused_fn test.unused_fn

int
main (void)
{
  struct frame f = { 0 };
  ARG (&f, 21);
  int r;
  memcpy (&r, frame_call (t_used, &f, sizeof r, 0), sizeof r);
  if (r != 42)
    return 1;
  puts ("gc ok");
  return 0;
}
/* { dg-output "gc ok" } */
/* { dg-final { symbol "test.used_fn.abi0" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "test.unused_fn.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
