/* main.c - the "user" half of the demo: it pulls the runtime's symbols by
   linkname, the way Go code pulls runtime.nanotime.  */
#include <stdio.h>

extern long nanotime (void);
#pragma linkname nanotime runtime.nanotime1

extern unsigned random_u32 (void) __attribute__ ((linkname ("runtime.fastrand")));

extern int ncpu;
#pragma linkname ncpu runtime.ncpu

extern const char *runtime_version (void);

#ifdef __x86_64__
/* ABI0 assembly; C calls it through asm.sum3..sysv (see symabis.txt).  */
extern long sum3 (long, long, long);
#pragma linkname sum3 asm.sum3
#endif

int
main (void)
{
  long t0 = nanotime ();
  unsigned r = random_u32 ();
  long t1 = nanotime ();
  printf ("runtime %s: ncpu=%d fastrand=%u nanotime advances: %s\n",
	  runtime_version (), ncpu, r, t1 >= t0 ? "yes" : "no");
#ifdef __x86_64__
  printf ("C -> asm.sum3 (ABI0) -> runtime.add.abi0 -> C: sum3(1, 20, 300) = %ld\n",
	  sum3 (1, 20, 300));
#endif
  return t1 >= t0 ? 0 : 1;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
