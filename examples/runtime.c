/* runtime.c - the "runtime" half of the demo: static functions and a
   static variable, published under Go-style symbol names.  Nothing here
   is visible to other units without the directives.  */
#include <time.h>

/* Push: emitted as the global symbol runtime.nanotime1.  */
static long
nanotime (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000L + ts.tv_nsec;
}
#pragma linkname nanotime runtime.nanotime1

/* The directive may come first, as //go:linkname may.  */
#pragma linkname fastrand runtime.fastrand
static unsigned rand_state = 2463534242u;
static unsigned
fastrand (void)
{
  rand_state ^= rand_state << 13;
  rand_state ^= rand_state >> 17;
  rand_state ^= rand_state << 5;
  return rand_state;
}

/* Variables too, with the attribute form.  */
static int ncpu __attribute__ ((linkname ("runtime.ncpu"))) = 2;

/* Called from ABI0 assembly (asm_amd64.S) through runtime.add.abi0, the
   entry thunk the plugin makes for every linknamed definition on x86-64.  */
static long
add (long a, long b)
{
  return a + b;
}
#pragma linkname add runtime.add

/* One-argument form: exported under its own name.  */
static const char *
runtime_version (void)
{
  return "linkname-demo";
}
#pragma linkname runtime_version

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
