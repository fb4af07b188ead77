/* ABI0 thunks for aggregates: small structs in INTEGER and SSE
   eightbytes (whole and partial), structs at offsets that are not
   8-aligned in Go's frame, a struct that no longer fits in registers
   (on the stack while a later scalar still takes a register), structs in
   memory (large, packed), unions, arrays, bit-fields, complex numbers,
   and struct results in %rax/%rdx, %xmm0/%xmm1, mixed, and through the
   hidden pointer.  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S" } */
#include "abi0-harness.h"

struct i3 { int x, y, z; };		/* INTEGER, INTEGER (4 bytes) */
struct c3 { char a, b, c; };		/* INTEGER (3 bytes) */
struct c7 { char s[7]; };		/* INTEGER (7 bytes) */
struct f2 { float a, b; };		/* SSE */
struct f3 { float a, b, c; };		/* SSE, SSE (4 bytes) */
struct di { double d; int i; };		/* SSE, INTEGER */
struct if1 { int i; float f; };		/* INTEGER (merged) */
struct l2 { long a, b; };		/* INTEGER, INTEGER */
struct big { long a[5]; };		/* MEMORY */
struct __attribute__ ((packed)) pk { char c; int i; }; /* MEMORY (unaligned) */
union uif { int i; float f; };		/* INTEGER */
union udf { double d; float f; };	/* SSE */
struct s3 { short s[3]; };		/* INTEGER (6 bytes) */
struct bits { unsigned a : 3, b : 5; int c : 20; };
struct ld { long a; double b; };	/* INTEGER, SSE */
struct dl { double a; long b; };	/* SSE, INTEGER */
struct d2 { double a, b; };		/* SSE, SSE */

static long
aggr (char c, struct c3 s3, struct i3 i, struct f3 f, struct di d,
      struct if1 x, union uif u, union udf v, struct s3 sh, struct bits bt,
      struct c7 s7, struct f2 f2)
{
  long r = c + 3 * s3.a + 5 * s3.b + 7 * s3.c;
  r += 11 * i.x + 13 * i.y + 17 * i.z;
  r += (long) (f.a * 19 + f.b * 23 + f.c * 29);
  r += (long) (d.d * 31) + 37 * d.i + 41 * x.i + (long) (43 * x.f);
  r += 47L * u.i + (long) (53 * v.d);
  r += 59 * sh.s[0] + 61 * sh.s[1] + 67 * sh.s[2];
  r += 71 * bt.a + 73 * bt.b + 79 * bt.c;
  for (int k = 0; k < 7; k++)
    r += (k + 83) * s7.s[k];
  r += (long) (f2.a * 89 + f2.b * 97);
  return r;
}
#pragma linkname aggr test.aggr
ABI0_THUNK (t_aggr, "test.aggr.abi0");

/* Five integers, then a two-register struct that no longer fits (stack),
   then an int that still takes the sixth register; big and packed
   structs in memory.  */
static long
spill (long a, long b, long c, long d, long e, struct l2 s, int f,
       struct big g, struct pk p, float h)
{
  long r = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * s.a + 7 * s.b + 8 * f;
  for (int k = 0; k < 5; k++)
    r += (k + 9) * g.a[k];
  return r + 15 * p.c + 16 * p.i + (long) (17 * h) + stack_misaligned ();
}
#pragma linkname spill test.spill
ABI0_THUNK (t_spill, "test.spill.abi0");

static _Complex double
cplx (_Complex float a, _Complex double b)
{
  return a * b + 1.5;
}
#pragma linkname cplx test.cplx
ABI0_THUNK (t_cplx, "test.cplx.abi0");

#define RET_FN(T, name, init)                                              \
  static struct T name (long k)                                            \
    __attribute__ ((linkname ("test." #name)));                            \
  static struct T name (long k) { struct T r = init; return r; }          \
  ABI0_THUNK (t_##name, "test." #name ".abi0");

RET_FN (i3, r_i3, ((struct i3) { (int) k, (int) -k, (int) (k * 3) }))
RET_FN (c3, r_c3, ((struct c3) { (char) k, (char) (k + 1), (char) -k }))
RET_FN (c7, r_c7, ((struct c7) { { 1, 2, 3, 4, 5, 6, (char) k } }))
RET_FN (f3, r_f3, ((struct f3) { k * 0.5f, k * 1.5f, -k * 1.0f }))
RET_FN (l2, r_l2, ((struct l2) { k, -k * 1000000000L }))
RET_FN (d2, r_d2, ((struct d2) { k * 0.25, k * -2.0 }))
RET_FN (ld, r_ld, ((struct ld) { k * 7, k * 0.125 }))
RET_FN (dl, r_dl, ((struct dl) { k * 0.75, k * -9 }))
RET_FN (di, r_di, ((struct di) { k * 2.5, (int) k * 11 }))
RET_FN (big, r_big, ((struct big) { { k, k + 1, k + 2, k + 3, -k } }))
RET_FN (pk, r_pk, ((struct pk) { (char) k, (int) (k * 100) }))

/* Compare members, not bytes: padding is unspecified.  */
#define SAME(T, g, w) same_##T (&(g), &(w))
static int same_i3 (struct i3 *a, struct i3 *b) { return a->x == b->x && a->y == b->y && a->z == b->z; }
static int same_c3 (struct c3 *a, struct c3 *b) { return a->a == b->a && a->b == b->b && a->c == b->c; }
static int same_c7 (struct c7 *a, struct c7 *b) { return !memcmp (a->s, b->s, 7); }
static int same_f3 (struct f3 *a, struct f3 *b) { return a->a == b->a && a->b == b->b && a->c == b->c; }
static int same_l2 (struct l2 *a, struct l2 *b) { return a->a == b->a && a->b == b->b; }
static int same_d2 (struct d2 *a, struct d2 *b) { return a->a == b->a && a->b == b->b; }
static int same_ld (struct ld *a, struct ld *b) { return a->a == b->a && a->b == b->b; }
static int same_dl (struct dl *a, struct dl *b) { return a->a == b->a && a->b == b->b; }
static int same_di (struct di *a, struct di *b) { return a->d == b->d && a->i == b->i; }
static int same_big (struct big *a, struct big *b) { return !memcmp (a->a, b->a, sizeof a->a); }
static int same_pk (struct pk *a, struct pk *b) { return a->c == b->c && a->i == b->i; }

#define CHECK_RET(T, name, mis)                                            \
  do                                                                       \
    {                                                                      \
      struct frame f_ = { 0 };                                             \
      ARG (&f_, 77L);                                                      \
      struct T got_, want_ = name (77);                                    \
      memcpy (&got_, frame_call (t_##name, &f_, sizeof got_, (mis)),       \
	      sizeof got_);                                                \
      EXPECT (SAME (T, got_, want_),                                       \
	      "struct " #T " result");                                     \
    }                                                                      \
  while (0)

int
main (void)
{
  for (int mis = 0; mis < 2; mis++)
    {
      struct c3 s3 = { 1, -2, 3 };
      struct i3 i = { 100, -200, 300 };
      struct f3 f = { 1.5f, 2.5f, -3.5f };
      struct di d = { 4.25, -5 };
      struct if1 x = { 6, 7.5f };
      union uif u = { .i = -8 };
      union udf v = { .d = 9.75 };
      struct s3 sh = { { -10, 11, 12 } };
      struct bits bt = { 5, 17, -300000 };
      struct c7 s7 = { { 1, -1, 2, -2, 3, -3, 4 } };
      struct f2 f2 = { 0.5f, -0.25f };
      struct frame fr = { 0 };
      ARG (&fr, (char) 9); /* so that the next struct sits at offset 1 */
      ARG (&fr, s3);
      ARG (&fr, i);	   /* offset 4: eightbytes straddle Go's slots */
      ARG (&fr, f);
      ARG (&fr, d);
      ARG (&fr, x);
      ARG (&fr, u);
      ARG (&fr, v);
      ARG (&fr, sh);
      ARG (&fr, bt);
      ARG (&fr, s7);
      ARG (&fr, f2);
      long got;
      memcpy (&got, frame_call (t_aggr, &fr, sizeof got, mis), sizeof got);
      EXPECT (got == aggr (9, s3, i, f, d, x, u, v, sh, bt, s7, f2),
	      "small aggregates");

      struct l2 s = { 1000, -2000 };
      struct big g = { { 1, 2, 3, 4, 5 } };
      struct pk p = { 'x', 123456 };
      struct frame sp = { 0 };
      for (long k = 1; k <= 5; k++)
	ARG (&sp, k);
      ARG (&sp, s);
      ARG (&sp, (int) -42);
      ARG (&sp, g);
      ARG (&sp, p);
      ARG (&sp, 2.5f);
      memcpy (&got, frame_call (t_spill, &sp, sizeof got, mis), sizeof got);
      EXPECT (got == spill (1, 2, 3, 4, 5, s, -42, g, p, 2.5f),
	      "stack and memory aggregates");

      struct frame cf = { 0 };
      _Complex float ca = 1.0f + 2.0f * __extension__ 1.0iF;
      _Complex double cb = -3.0 + 0.5 * __extension__ 1.0i;
      ARG (&cf, ca);
      ARG (&cf, cb);
      _Complex double cr;
      memcpy (&cr, frame_call (t_cplx, &cf, sizeof cr, mis), sizeof cr);
      EXPECT (cr == cplx (ca, cb), "complex arguments and result");

      CHECK_RET (i3, r_i3, mis);
      CHECK_RET (c3, r_c3, mis);
      CHECK_RET (c7, r_c7, mis);
      CHECK_RET (f3, r_f3, mis);
      CHECK_RET (l2, r_l2, mis);
      CHECK_RET (d2, r_d2, mis);
      CHECK_RET (ld, r_ld, mis);
      CHECK_RET (dl, r_dl, mis);
      CHECK_RET (di, r_di, mis);
      CHECK_RET (big, r_big, mis);
      CHECK_RET (pk, r_pk, mis);
    }
  if (failures)
    return 1;
  puts ("structs ok");
  return 0;
}
/* { dg-output "structs ok" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
