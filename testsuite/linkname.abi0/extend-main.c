/* A narrow integer argument reaches the C function extended as GCC and
   clang callers extend it, and as clang callees assume: to 32 bits, with
   its sign for a signed type and zeros for an unsigned one; an int is
   sign-extended to 64 bits.  A C callee compiled by GCC extends again, so
   it cannot see a thunk that does not: each function is weak here, and
   extend-regs.S defines the same symbol strongly, returning %rdi as the
   thunk left it.  The frame slot around each value holds garbage.  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S extend-regs.S" } */
#include "abi0-harness.h"

__attribute__ ((weak)) long sc (signed char x) { return x; }
#pragma linkname sc test.sc
__attribute__ ((weak)) long uc (unsigned char x) { return x; }
#pragma linkname uc test.uc
__attribute__ ((weak)) long ss (short x) { return x; }
#pragma linkname ss test.ss
__attribute__ ((weak)) long us (unsigned short x) { return x; }
#pragma linkname us test.us
__attribute__ ((weak)) long si (int x) { return x; }
#pragma linkname si test.si
__attribute__ ((weak)) long ui (unsigned int x) { return x; }
#pragma linkname ui test.ui
ABI0_THUNK (t_sc, "test.sc.abi0");
ABI0_THUNK (t_uc, "test.uc.abi0");
ABI0_THUNK (t_ss, "test.ss.abi0");
ABI0_THUNK (t_us, "test.us.abi0");
ABI0_THUNK (t_si, "test.si.abi0");
ABI0_THUNK (t_ui, "test.ui.abi0");

/* %rdi as the thunk passed it, for a SIZE-byte argument at P.  */
static uint64_t
raw (const char *thunk, const void *p, unsigned size, int mis)
{
  struct frame f = { { 0 }, 0 };
  uint64_t got;
  memset (f.bytes, 0x5a, 8);
  memcpy (f.bytes, p, size);
  f.off = size;
  memcpy (&got, frame_call (thunk, &f, sizeof got, mis), sizeof got);
  return got;
}

int
main (void)
{
  for (int mis = 0; mis < 2; mis++)
    {
      signed char c = -128;
      unsigned char uc8 = 0x80;
      short s = -32768;
      unsigned short us16 = 0x8000;
      int i = -2;
      unsigned int u = 0x80000000u;
      EXPECT (raw (t_sc, &c, 1, mis) == 0xffffff80u, "signed char");
      EXPECT (raw (t_uc, &uc8, 1, mis) == 0x80u, "unsigned char");
      EXPECT (raw (t_ss, &s, 2, mis) == 0xffff8000u, "short");
      EXPECT (raw (t_us, &us16, 2, mis) == 0x8000u, "unsigned short");
      EXPECT (raw (t_si, &i, 4, mis) == 0xfffffffffffffffeull, "int");
      EXPECT (raw (t_ui, &u, 4, mis) == 0x80000000u, "unsigned int");
    }
  return failures != 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
