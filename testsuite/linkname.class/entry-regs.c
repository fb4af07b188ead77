/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* The registers of Go entries (-fplugin-arg-linkname-go-entry): Go keeps
   only %rsp and %rbp across an ABI0 call.  An entry restores %rbp where
   it uses it; under GCC 16 (no_callee_saved_registers) it saves no other
   register; and it reads each argument by a load of its own, never one
   vector load of two (GCC 14 and 16 vectorized add so, and the load then
   waited for both of the Go caller's stores: 8 ns a call).  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-linkname-go-entry" } */

#pragma linkname add "pkg.add"
long add (long a, long b) { return a + b; }

#pragma linkname add4 "pkg.add4"
long add4 (long a, long b, long c, long d) { return a + b + c + d; }

/* Eight values live through a loop: callee-saved registers wanted.  */
#pragma linkname mix "pkg.mix"
unsigned long
mix (const unsigned long *p, unsigned long n, unsigned long seed)
{
  unsigned long a = seed, b = seed * 3, c = seed * 5, d = seed * 7;
  unsigned long e = ~seed, f = seed ^ 0x5555, g = seed + 11, h = seed - 13;
  for (unsigned long i = 0; i + 8 <= n; i += 8)
    {
      a = (a ^ p[i]) * 0x9e3779b185ebca87UL;
      b = (b ^ p[i + 1]) * 0xc2b2ae3d27d4eb4fUL;
      c = (c ^ p[i + 2]) * 0x165667b19e3779f9UL;
      d = (d ^ p[i + 3]) * 0x85ebca77c2b2ae63UL;
      e = (e ^ p[i + 4]) * 0x27d4eb2f165667c5UL;
      f = (f ^ p[i + 5]) * 0x9e3779b185ebca87UL;
      g = (g ^ p[i + 6]) * 0xc2b2ae3d27d4eb4fUL;
      h = (h ^ p[i + 7]) * 0x165667b19e3779f9UL;
    }
  return a ^ (b << 1) ^ (c << 2) ^ (d << 3) ^ (e << 4) ^ (f << 5) ^ (g << 6)
	 ^ (h << 7);
}

/* { dg-final { entry-regs pkg.add scalar } } */
/* { dg-final { entry-regs pkg.add4 scalar } } */
/* { dg-final { entry-regs pkg.mix } } */
