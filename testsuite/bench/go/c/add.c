/* The small C functions every path calls, one per call class (issue 16):
   add as it stands is a bounded leaf; a libm call the plugin cannot bound
   (on a path never taken here) makes add_leaf an unbounded leaf; the
   attribute makes add_block a call that may block.  */
#include <limits.h>
#include <math.h>

static long add (long a, long b) { return a + b; }
#pragma linkname add bind.Add

static long
add_leaf (long a, long b)
{
  if (__builtin_expect (b == LONG_MIN, 0))
    return (long) cbrt ((double) a);
  return a + b;
}
#pragma linkname add_leaf bind.AddLeaf

__attribute__ ((linkname_call ("block"))) static long
add_block (long a, long b)
{
  return a + b;
}
#pragma linkname add_block bind.AddBlock

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
