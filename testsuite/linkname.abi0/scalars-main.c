/* ABI0 thunks for scalar arguments and results: every integer width and
   signedness, _Bool, enums, pointers, float, double; more than six
   integer and more than eight SSE arguments (the rest on the stack).  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"

static int misaligned_seen;
enum color { RED = -2, GREEN = 7 };

static long
ints (char a, signed char b, unsigned char c, short d, unsigned short e,
      int g, unsigned h, long i, _Bool j, enum color k, const long *p)
{
  misaligned_seen |= stack_misaligned ();
  return a + 3 * b + 5 * c + 7 * d + 11 * e + 13 * g + 17L * h + 19 * i
	 + 23 * j + 29 * k + 31 * *p;
}
#pragma linkname ints test.ints
ABI0_THUNK (t_ints, "test.ints.abi0");

static signed char r_schar (int x) { return (signed char) -x; }
#pragma linkname r_schar test.r_schar
ABI0_THUNK (t_r_schar, "test.r_schar.abi0");
static unsigned short r_ushort (int x) { return (unsigned short) (x * 1000); }
#pragma linkname r_ushort test.r_ushort
ABI0_THUNK (t_r_ushort, "test.r_ushort.abi0");
static _Bool r_bool (long x) { return x > 5; }
#pragma linkname r_bool test.r_bool
ABI0_THUNK (t_r_bool, "test.r_bool.abi0");
static int r_int (short x) { return -40000 * x; }
#pragma linkname r_int test.r_int
ABI0_THUNK (t_r_int, "test.r_int.abi0");

static double
fp (float a, int b, double c, float d, unsigned char e)
{
  misaligned_seen |= stack_misaligned ();
  return a * 2 + b + c * 0.5 + d + e;
}
#pragma linkname fp test.fp
ABI0_THUNK (t_fp, "test.fp.abi0");
static float r_float (double d) { return (float) (d / 3); }
#pragma linkname r_float test.r_float
ABI0_THUNK (t_r_float, "test.r_float.abi0");

static long
many_ints (long a, long b, long c, long d, long e, long f, long g, char h,
	   long i, short j)
{
  misaligned_seen |= stack_misaligned ();
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i
	 + 10 * j;
}
#pragma linkname many_ints test.many_ints
ABI0_THUNK (t_many_ints, "test.many_ints.abi0");

static double
many_fp (double a, float b, double c, double d, float e, double f, double g,
	 double h, double i, float j, int k)
{
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i
	 + 10 * j + 11 * k;
}
#pragma linkname many_fp test.many_fp
ABI0_THUNK (t_many_fp, "test.many_fp.abi0");

static long side_effect;
static void
no_args (void)
{
  side_effect += 42;
}
#pragma linkname no_args test.no_args
ABI0_THUNK (t_no_args, "test.no_args.abi0");

#define RESULT(type, f, thunk, mis)                                        \
  ({ type r_; memcpy (&r_, frame_call ((thunk), (f), sizeof r_, (mis)),    \
		      sizeof r_); r_; })

int
main (void)
{
  static const long seven = 7;
  for (int mis = 0; mis < 2; mis++)
    {
      struct frame f = { 0 };
      ARG (&f, (char) -5);
      ARG (&f, (signed char) -128);
      ARG (&f, (unsigned char) 250);
      ARG (&f, (short) -30000);
      ARG (&f, (unsigned short) 65000);
      ARG (&f, (int) -2000000000);
      ARG (&f, (unsigned) 4000000000u);
      ARG (&f, (long) -9000000000000L);
      ARG (&f, (_Bool) 1);
      ARG (&f, (enum color) RED);
      ARG (&f, &seven);
      EXPECT (RESULT (long, &f, t_ints, mis)
		== ints (-5, -128, 250, -30000, 65000, -2000000000,
			 4000000000u, -9000000000000L, 1, RED, &seven),
	      "integer arguments");

      struct frame g = { 0 };
      ARG (&g, 100);
      EXPECT (RESULT (signed char, &g, t_r_schar, mis) == -100, "signed char result");
      EXPECT (RESULT (unsigned short, &g, t_r_ushort, mis) == 34464,
	      "unsigned short result");
      struct frame h = { 0 };
      ARG (&h, 9L);
      EXPECT (RESULT (_Bool, &h, t_r_bool, mis) == 1, "_Bool result");
      struct frame k = { 0 };
      ARG (&k, (short) 3);
      EXPECT (RESULT (int, &k, t_r_int, mis) == -120000, "int result");

      struct frame p = { 0 };
      ARG (&p, 1.5f);
      ARG (&p, -3);
      ARG (&p, 10.25);
      ARG (&p, 0.125f);
      ARG (&p, (unsigned char) 200);
      EXPECT (RESULT (double, &p, t_fp, mis) == fp (1.5f, -3, 10.25, 0.125f, 200),
	      "float/double arguments");
      struct frame q = { 0 };
      ARG (&q, 10.0);
      EXPECT (RESULT (float, &q, t_r_float, mis) == (float) (10.0 / 3),
	      "float result");

      struct frame m = { 0 };
      for (long v = 1; v <= 7; v++)
	ARG (&m, v * 1000);
      ARG (&m, (char) -9);
      ARG (&m, 123456789L);
      ARG (&m, (short) -7);
      EXPECT (RESULT (long, &m, t_many_ints, mis)
		== many_ints (1000, 2000, 3000, 4000, 5000, 6000, 7000, -9,
			      123456789L, -7),
	      "more than six integer arguments");

      struct frame n = { 0 };
      ARG (&n, 1.0);
      ARG (&n, 2.5f);
      ARG (&n, 3.0);
      ARG (&n, 4.0);
      ARG (&n, 5.5f);
      ARG (&n, 6.0);
      ARG (&n, 7.0);
      ARG (&n, 8.0);
      ARG (&n, 9.0);
      ARG (&n, 10.5f);
      ARG (&n, -11);
      EXPECT (RESULT (double, &n, t_many_fp, mis)
		== many_fp (1.0, 2.5f, 3.0, 4.0, 5.5f, 6.0, 7.0, 8.0, 9.0,
			    10.5f, -11),
	      "more than eight SSE arguments");

      struct frame z = { 0 };
      long before = side_effect;
      frame_call (t_no_args, &z, 0, mis);
      EXPECT (side_effect == before + 42, "no arguments, no result");
    }
  EXPECT (!misaligned_seen, "C callee entered with a 16-aligned stack");
  if (failures)
    return 1;
  puts ("scalars ok");
  return 0;
}
/* { dg-output "scalars ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
