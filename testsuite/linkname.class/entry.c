/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* Go entries (-fplugin-arg-linkname-go-entry): a bounded function with
   scalar parameters and result gets SYMBOL.goentry and an entry line
   with the entry's own bound; a struct, a function that may block or is
   overridden, or a variadic one gets none.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-linkname-go-entry" } */
#include <unistd.h>

#pragma linkname add "pkg.add"
long add (long a, long b) { return a + b; }

#pragma linkname mix "pkg.mix"
double mix (int a, float f, double d, _Bool b, unsigned char c, void *p)
{
  return a + f + d + b + c + (p != 0);
}

#pragma linkname none "pkg.none"
void none (void) { }

__attribute__ ((noinline)) static int deep (volatile char *p, int n)
{
  volatile char big[2000];
  big[n] = p[n];
  return big[n];
}

/* The entry's bound covers the whole chain, as the function's does.  */
#pragma linkname helpers "pkg.helpers"
int helpers (int x)
{
  volatile char buf[3000];
  buf[x] = (char) x;
  return deep (buf, x);
}

struct pt { long x, y; };
#pragma linkname byval "pkg.byval"
long byval (struct pt p) { return p.x + p.y; }

#pragma linkname rd "pkg.rd"
long rd (int fd, char *b) { return read (fd, b, 1); }

#pragma linkname forced "pkg.forced"
__attribute__ ((linkname_call ("block"))) long forced (long a) { return a; }

/* { dg-final { call-entry pkg.add yes 8 } } */
/* { dg-final { call-entry pkg.mix yes 8 } } */
/* { dg-final { call-entry pkg.none yes 8 } } */
/* { dg-final { call-entry pkg.helpers yes 5000 } } */
/* { dg-final { call-class pkg.helpers bounded 5000 "via deep" } } */
/* { dg-final { call-entry pkg.byval absent } } */
/* { dg-final { call-entry pkg.rd no } } */
/* { dg-final { call-entry pkg.forced absent } } */

/* A symbol of the entry's name: no entry, no assembler error.  */
#pragma linkname taken "pkg.taken"
long taken (long a) { return a; }
long other (long a) __asm__ ("pkg.taken.goentry");
long other (long a) { return a + 1; }
/* { dg-final { call-entry pkg.taken no } } */
