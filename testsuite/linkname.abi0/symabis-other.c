/* A second unit that calls asm.add through its own copy of the COMDAT
   SysV-to-ABI0 thunk.  */
extern long add (long, long);
#pragma linkname add asm.add
long
add_twice (long a)
{
  return add (add (a, a), a);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
