/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* Functions that neither block nor call back, with a stack bound: pure
   arithmetic, a loop, the listed libc string functions, static helpers
   inlined or not.  */
/* { dg-do assemble } */
#include <string.h>

#pragma linkname add "pkg.add"
int add (int a, int b) { return a + b; }

#pragma linkname sum "pkg.sum"
long sum (const int *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

#pragma linkname copy "pkg.copy"
size_t copy (char *d, const char *s, size_t n)
{
  memcpy (d, s, n);
  memset (d + n, 0, 4);
  return strlen (d) + (size_t) strcmp (d, s) + (memcmp (d, s, n) != 0);
}

static int inl (int x) { return x * 3; }
__attribute__ ((noinline)) static int deep (volatile char *p, int n)
{
  volatile char big[2000];
  big[n] = p[n];
  return big[n];
}

#pragma linkname helpers "pkg.helpers"
int helpers (int x)
{
  volatile char buf[3000];
  buf[x] = (char) inl (x);
  return deep (buf, x);
}

/* { dg-final { call-class pkg.add bounded 136 "no calls" } } */
/* Without -fplugin-arg-linkname-go-entry, no Go entry.  */
/* { dg-final { call-entry pkg.add absent } } */
/* { dg-final { call-class pkg.sum bounded 136 } } */
/* { dg-final { call-class pkg.copy bounded 4096 } } */
/* Both frames down the chain: at least 3000 + 2000 bytes.  */
/* { dg-final { call-class pkg.helpers bounded 5000 "via deep" } } */
/* A C unit needs no other runtime: its note has no lang line.  */
/* { dg-final { go-note-lang none } } */
