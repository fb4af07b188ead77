/* weak-main.c's third unit: the same weak definition again, and the
   strong override of weak-one.c's default.  */
__attribute__ ((weak)) long
same (long x)
{
  return x + 1;
}
#pragma linkname same test.same

long
over (long x)
{
  return 2 * x;
}
#pragma linkname over test.over

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
