/* Outgoing stack areas of more than a page: a struct of 6000 bytes
   (under -fstack-clash-protection, probes inline) and one of 40000 bytes
   (probes in a loop), with register arguments around them that the
   probing must not disturb.  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"

struct s6k { unsigned char b[6000]; };
struct s40k { unsigned char b[40000]; };

static long
sum6k (long a, struct s6k s, double d, long z)
{
  long r = a * 3 + (long) (d * 4) + z * 5;
  for (int i = 0; i < 6000; i++)
    r += (long) s.b[i] * (i % 7 + 1);
  return r + stack_misaligned ();
}
#pragma linkname sum6k test.sum6k
ABI0_THUNK (t_sum6k, "test.sum6k.abi0");

static long
sum40k (struct s40k s, long a, struct s6k t, float f)
{
  long r = a - (long) (f * 8);
  for (int i = 0; i < 40000; i++)
    r += (long) s.b[i] * (i % 5 + 1);
  for (int i = 0; i < 6000; i++)
    r -= t.b[i];
  return r + stack_misaligned ();
}
#pragma linkname sum40k test.sum40k
ABI0_THUNK (t_sum40k, "test.sum40k.abi0");

static unsigned char big[sizeof (struct s40k) + sizeof (struct s6k) + 64];

int
main (void)
{
  static struct s6k s6;
  static struct s40k s40;
  for (int i = 0; i < 6000; i++)
    s6.b[i] = (unsigned char) (i * 13 + 1);
  for (int i = 0; i < 40000; i++)
    s40.b[i] = (unsigned char) (i * 7 + 3);
  for (int mis = 0; mis < 2; mis++)
    {
      /* struct frame holds 4096 bytes: lay these frames out by hand.  */
      unsigned off = 0;
      long a = 11, z = -5, got;
      double d = 2.5;
      memcpy (big + off, &a, 8), off += 8;
      memcpy (big + off, &s6, sizeof s6), off += sizeof s6;
      memcpy (big + off, &d, 8), off += 8;
      memcpy (big + off, &z, 8), off += 8;
      abi0_call (t_sum6k, big, off + 8, mis);
      memcpy (&got, big + off, 8);
      EXPECT (got == sum6k (a, s6, d, z), "6000-byte struct");

      off = 0;
      float fl = 0.75f;
      memcpy (big + off, &s40, sizeof s40), off += sizeof s40;
      memcpy (big + off, &a, 8), off += 8;
      memcpy (big + off, &s6, sizeof s6), off += sizeof s6;
      memcpy (big + off, &fl, 4), off += 4;
      off = (off + 7) / 8 * 8;
      abi0_call (t_sum40k, big, off + 8, mis);
      memcpy (&got, big + off, 8);
      EXPECT (got == sum40k (s40, a, s6, fl), "40000-byte struct");
    }
  if (failures)
    return 1;
  puts ("big frames ok");
  return 0;
}
/* { dg-output "big frames ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
