/* Aggregates of at most 16 bytes with more than 64 scalar leaves: a
   struct of 72 one-bit bit-fields (INTEGER, INTEGER), a union of 65
   doubles (SSE) and a union of ints and floats (INTEGER).  GCC passes
   them in registers, and so must the thunk.  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"

struct bits72
{
  unsigned b0 : 1;
  unsigned b1 : 1;
  unsigned b2 : 1;
  unsigned b3 : 1;
  unsigned b4 : 1;
  unsigned b5 : 1;
  unsigned b6 : 1;
  unsigned b7 : 1;
  unsigned b8 : 1;
  unsigned b9 : 1;
  unsigned b10 : 1;
  unsigned b11 : 1;
  unsigned b12 : 1;
  unsigned b13 : 1;
  unsigned b14 : 1;
  unsigned b15 : 1;
  unsigned b16 : 1;
  unsigned b17 : 1;
  unsigned b18 : 1;
  unsigned b19 : 1;
  unsigned b20 : 1;
  unsigned b21 : 1;
  unsigned b22 : 1;
  unsigned b23 : 1;
  unsigned b24 : 1;
  unsigned b25 : 1;
  unsigned b26 : 1;
  unsigned b27 : 1;
  unsigned b28 : 1;
  unsigned b29 : 1;
  unsigned b30 : 1;
  unsigned b31 : 1;
  unsigned b32 : 1;
  unsigned b33 : 1;
  unsigned b34 : 1;
  unsigned b35 : 1;
  unsigned b36 : 1;
  unsigned b37 : 1;
  unsigned b38 : 1;
  unsigned b39 : 1;
  unsigned b40 : 1;
  unsigned b41 : 1;
  unsigned b42 : 1;
  unsigned b43 : 1;
  unsigned b44 : 1;
  unsigned b45 : 1;
  unsigned b46 : 1;
  unsigned b47 : 1;
  unsigned b48 : 1;
  unsigned b49 : 1;
  unsigned b50 : 1;
  unsigned b51 : 1;
  unsigned b52 : 1;
  unsigned b53 : 1;
  unsigned b54 : 1;
  unsigned b55 : 1;
  unsigned b56 : 1;
  unsigned b57 : 1;
  unsigned b58 : 1;
  unsigned b59 : 1;
  unsigned b60 : 1;
  unsigned b61 : 1;
  unsigned b62 : 1;
  unsigned b63 : 1;
  unsigned b64 : 1;
  unsigned b65 : 1;
  unsigned b66 : 1;
  unsigned b67 : 1;
  unsigned b68 : 1;
  unsigned b69 : 1;
  unsigned b70 : 1;
  unsigned b71 : 1;
};
union d65 { double d0; double d1; double d2; double d3; double d4; double d5; double d6; double d7; double d8; double d9; double d10; double d11; double d12; double d13; double d14; double d15; double d16; double d17; double d18; double d19; double d20; double d21; double d22; double d23; double d24; double d25; double d26; double d27; double d28; double d29; double d30; double d31; double d32; double d33; double d34; double d35; double d36; double d37; double d38; double d39; double d40; double d41; double d42; double d43; double d44; double d45; double d46; double d47; double d48; double d49; double d50; double d51; double d52; double d53; double d54; double d55; double d56; double d57; double d58; double d59; double d60; double d61; double d62; double d63; double d64; };
union if65 { int i0; int i1; int i2; int i3; int i4; int i5; int i6; int i7; int i8; int i9; int i10; int i11; int i12; int i13; int i14; int i15; int i16; int i17; int i18; int i19; int i20; int i21; int i22; int i23; int i24; int i25; int i26; int i27; int i28; int i29; int i30; int i31; int i32; float f0; float f1; float f2; float f3; float f4; float f5; float f6; float f7; float f8; float f9; float f10; float f11; float f12; float f13; float f14; float f15; float f16; float f17; float f18; float f19; float f20; float f21; float f22; float f23; float f24; float f25; float f26; float f27; float f28; float f29; float f30; float f31; };

static long
take (struct bits72 b, union d65 d, int k, union if65 u, double x)
{
  long r = 0;
  const unsigned char *p = (const unsigned char *) &b;
  (void) p;
  r += b.b0 + 2 * b.b1 + 4 * b.b7 + 8 * b.b8 + 16 * b.b40 + 32 * b.b63
       + 64 * b.b64 + 128 * b.b71;
  return r + (long) (d.d17 * 1000) + 7 * k + u.i5 + (long) (x * 10)
	 + stack_misaligned ();
}
#pragma linkname take test.take
ABI0_THUNK (t_take, "test.take.abi0");

static struct bits72
give (long k)
{
  struct bits72 b = { 0 };
  b.b0 = k & 1;
  b.b8 = (k >> 1) & 1;
  b.b63 = (k >> 2) & 1;
  b.b64 = 1;
  b.b71 = (k >> 3) & 1;
  return b;
}
#pragma linkname give test.give
ABI0_THUNK (t_give, "test.give.abi0");

static union d65
gived (double x)
{
  union d65 d;
  d.d3 = x * 2;
  return d;
}
#pragma linkname gived test.gived
ABI0_THUNK (t_gived, "test.gived.abi0");

int
main (void)
{
  for (int mis = 0; mis < 2; mis++)
    {
      struct bits72 b = { 0 };
      b.b0 = b.b7 = b.b40 = b.b64 = b.b71 = 1;
      union d65 d;
      d.d0 = 1.25;
      union if65 u;
      u.i0 = -77;
      struct frame f = { 0 };
      ARG (&f, b);
      ARG (&f, d);
      ARG (&f, (int) 3);
      ARG (&f, u);
      ARG (&f, 0.5);
      long got;
      memcpy (&got, frame_call (t_take, &f, sizeof got, mis), sizeof got);
      EXPECT (got == take (b, d, 3, u, 0.5), "many-leaf arguments");

      for (long k = 0; k < 16; k++)
	{
	  struct frame g = { 0 };
	  ARG (&g, k);
	  struct bits72 want = give (k), have;
	  memcpy (&have, frame_call (t_give, &g, sizeof have, mis),
		  sizeof have);
	  EXPECT (have.b0 == want.b0 && have.b8 == want.b8
		  && have.b63 == want.b63 && have.b64 == want.b64
		  && have.b71 == want.b71 && have.b1 == 0,
		  "72 bit-fields result");
	}
      struct frame h = { 0 };
      ARG (&h, 4.5);
      union d65 dr;
      memcpy (&dr, frame_call (t_gived, &h, sizeof dr, mis), sizeof dr);
      EXPECT (dr.d0 == 9.0, "union of 65 doubles result");
    }
  if (failures)
    return 1;
  puts ("many leaves ok");
  return 0;
}
/* { dg-output "many leaves ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
