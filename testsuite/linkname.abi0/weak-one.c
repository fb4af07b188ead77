/* weak-main.c's second unit: the same weak definition, and a weak
   default that weak-two.c overrides.  */
__attribute__ ((weak)) long
same (long x)
{
  return x + 1;
}
#pragma linkname same test.same

__attribute__ ((weak)) long
over (long x)
{
  return -x;
}
#pragma linkname over test.over

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
