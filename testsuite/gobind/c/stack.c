/* C functions that need much more stack than a goroutine has: they must
   run on the thread's system stack, as under cgo (check/stack_test.go).  */

/* 64 KiB of locals.  */
static int
big_frame (int seed)
{
  volatile unsigned char a[65536];
  for (int i = 0; i < 65536; i++)
    a[i] = (unsigned char) (seed + i);
  int s = 0;
  for (int i = 0; i < 65536; i += 512)
    s += a[i];
  return s;
}
#pragma linkname big_frame bind.BigFrame

/* N frames of about 300 bytes; the callee reads the caller's array, so
   no frame can be folded away (2,000 deep is about 600 KB).  */
static long
recurse (long n, volatile char *up)
{
  volatile char pad[256];
  pad[0] = (char) n;
  pad[255] = up ? up[0] : 7;
  if (n == 0)
    return pad[255];
  return recurse (n - 1, pad) + pad[0] % 3;
}
#pragma linkname recurse bind.Recurse

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */

/* The address of a local, and so where the C code ran: on the
   goroutine's stack through the Go entry, near the caller's locals
   (check/stack_test.go, TestEntry).  */
static unsigned long
where (long x)
{
  volatile char c = (char) x;
  return (unsigned long) &c;
}
#pragma linkname where bind.Where
