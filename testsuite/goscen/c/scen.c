/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   The C side of the scenario tests (testsuite/goscen/run.sh, issue 16):
   the same file through linkname-go (packages bind and bind2) and through
   cgo (package cref, the oracle).  Each function is bound once per call
   class it is tested in: as the plugin classifies it, or with the class
   forced by the attribute or the pragma.  */
#include <errno.h>
#include <math.h>
#include <time.h>
#include <unistd.h>

#define LEAF __attribute__ ((linkname_call ("leaf")))
#define BLOCK __attribute__ ((linkname_call ("block")))

/* Block in read () on FD for one byte; returns the byte or -1.  */
static int
read_byte (int fd)
{
  unsigned char c;
  return read (fd, &c, 1) == 1 ? c : -1;
}
#pragma linkname read_byte bind.ReadBlock

BLOCK static int
read_byte_attr (int fd)
{
  return read_byte (fd);
}
#pragma linkname read_byte_attr bind.ReadBlockAttr

static int
read_byte_pragma (int fd)
{
  return read_byte (fd);
}
#pragma linkname_call read_byte_pragma block
#pragma linkname read_byte_pragma bind.ReadBlockPragma

/* Sleep MS milliseconds, to the end whatever interrupts it; returns how
   many times nanosleep said EINTR.  */
static int
sleep_ms (long ms)
{
  struct timespec t = { ms / 1000, (ms % 1000) * 1000000L }, rem;
  int eintr = 0;
  while (nanosleep (&t, &rem) != 0)
    {
      if (errno != EINTR)
	return -1;
      eintr++;
      t = rem;
    }
  return eintr;
}
#pragma linkname sleep_ms bind.SleepBlock

BLOCK static int
sleep_ms_attr (long ms)
{
  return sleep_ms (ms);
}
#pragma linkname sleep_ms_attr bind.SleepBlockAttr

static int
sleep_ms_pragma (long ms)
{
  return sleep_ms (ms);
}
#pragma linkname_call sleep_ms_pragma block
#pragma linkname sleep_ms_pragma bind.SleepBlockPragma

/* A sleep claimed to be a leaf (the plugin warns): it runs on the
   system stack without the hand-off, but no preemption signal may
   interrupt it.  */
LEAF static int
sleep_ms_leaf (long ms)
{
  return sleep_ms (ms);
}
#pragma linkname sleep_ms_leaf bind.SleepLeaf

static int
sleep_ms_leaf_pragma (long ms)
{
  return sleep_ms (ms);
}
#pragma linkname_call sleep_ms_leaf_pragma leaf
#pragma linkname sleep_ms_leaf_pragma bind.SleepLeafPragma

/* Store through P (NULL in the crash test).  Bounded as it stands; a
   libm call whose stack the plugin cannot bound makes it a leaf.  */
static void
crash (volatile int *p)
{
  *p = 42;
}
#pragma linkname crash bind.CrashBounded

static void
crash_libm (volatile int *p, double x)
{
  *p = (int) cbrt (x);
}
#pragma linkname crash_libm bind.CrashLeaf

static void
crash_leaf_attr_body (volatile int *p)
{
  *p = 43;
}

/* A call through a pointer: no proof, so only the attribute makes it a
   leaf.  */
static void (*volatile crash_leaf_attr_fn) (volatile int *) = crash_leaf_attr_body;

LEAF static void
crash_leaf_attr (volatile int *p)
{
  crash_leaf_attr_fn (p);
}
#pragma linkname crash_leaf_attr bind.CrashLeafAttr

BLOCK static void
crash_block (volatile int *p)
{
  *p = 44;
}
#pragma linkname crash_block bind.CrashBlockAttr

static void
crash_block_pragma (volatile int *p)
{
  *p = 45;
}
#pragma linkname_call crash_block_pragma block
#pragma linkname crash_block_pragma bind.CrashBlockPragma

/* N rounds of arithmetic the compiler cannot fold: CPU time in C for
   the profile test.  */
static unsigned long
spin (long n)
{
  volatile unsigned long x = 1;
  for (long i = 0; i < n; i++)
    x = x * 6364136223846793005UL + 1442695040888963407UL;
  return x;
}
#pragma linkname spin bind.SpinBounded

static unsigned long
spin_libm (long n, double x)
{
  volatile unsigned long v = (unsigned long) cbrt (x);
  for (long i = 0; i < n; i++)
    v = v * 6364136223846793005UL + 1442695040888963407UL;
  return v;
}
#pragma linkname spin_libm bind.SpinLeaf

BLOCK static unsigned long
spin_block (long n)
{
  return spin (n);
}
#pragma linkname spin_block bind.SpinBlockAttr

static unsigned long
spin_block_pragma (long n)
{
  return spin (n);
}
#pragma linkname_call spin_block_pragma block
#pragma linkname spin_block_pragma bind.SpinBlockPragma

/* The two-packages test and the unsupported builds call this.  */
static long
add (long a, long b)
{
  return a + b;
}
#pragma linkname add bind.Add
