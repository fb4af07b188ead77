/* abi0-harness.h - build Go ABI0 frames in C and call thunks through
   abi0-call.S.  The layout rules are written here again, independently of
   the plugin: each argument at its C alignment, packed, in order; results
   at the next 8-byte boundary.  */
#ifndef ABI0_HARNESS_H
#define ABI0_HARNESS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void abi0_call (const void *fn, void *frame, unsigned long size,
		       int misalign);

/* The address of an ABI0 thunk, whose name C cannot spell.  */
#define ABI0_THUNK(var, symbol) extern const char var[] __asm__ (symbol)

struct frame
{
  unsigned char bytes[4096];
  unsigned off;
};

static void
frame_put (struct frame *f, const void *p, unsigned size, unsigned align)
{
  f->off = (f->off + align - 1) / align * align;
  memcpy (f->bytes + f->off, p, size);
  f->off += size;
}

/* Append argument V to frame F.  */
#define ARG(f, v)                                                         \
  do                                                                      \
    {                                                                     \
      __typeof__ (v) arg_ = (v);                                          \
      frame_put ((f), &arg_, sizeof arg_, __alignof__ (arg_));            \
    }                                                                     \
  while (0)

/* Call THUNK with F's arguments and a result of RESULT_SIZE bytes, at the
   given misalignment; return where the result sits in F.  */
static void *
frame_call (const void *thunk, struct frame *f, unsigned result_size,
	    int misalign)
{
  unsigned res = (f->off + 7) / 8 * 8;
  unsigned size = (res + result_size + 7) / 8 * 8;
  memset (f->bytes + res, 0xa5, size - res); /* results start as garbage */
  abi0_call (thunk, f->bytes, size, misalign);
  return f->bytes + res;
}

static int failures;

#define EXPECT(cond, what)                                                \
  do                                                                      \
    {                                                                     \
      if (!(cond))                                                        \
	{                                                                 \
	  fprintf (stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, what);   \
	  failures++;                                                     \
	}                                                                 \
    }                                                                     \
  while (0)

/* The stack is 16-aligned on entry to a C function called by a thunk.  */
__attribute__ ((noinline, unused)) static int
stack_misaligned (void)
{
  char buf[16] __attribute__ ((aligned (16)));
  uintptr_t p = (uintptr_t) buf;
  __asm__ volatile ("" : "+r" (p));
  return (int) (p % 16);
}

#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
