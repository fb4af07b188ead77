/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* libc calls that block, an extern function of another unit, inline
   asm: block, the culprit named.  */
/* { dg-do assemble } */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#pragma linkname rd "pkg.rd"
long rd (int fd, char *b) { return read (fd, b, 1); }

#pragma linkname nap "pkg.nap"
int nap (long ns)
{
  struct timespec t = { 0, ns };
  return nanosleep (&t, 0);
}

#pragma linkname say "pkg.say"
int say (int x) { return printf ("%d\n", x); }

int elsewhere (int);
#pragma linkname other "pkg.other"
int other (int x) { return elsewhere (x) + 1; }

static __attribute__ ((noinline)) int helper (int x) { return elsewhere (x) * 2; }
#pragma linkname via "pkg.via"
int via (int x) { return helper (x) + 1; }

#pragma linkname insn "pkg.insn"
int insn (int x)
{
  __asm__ volatile ("nop");
  return x;
}

/* An asm that assembles to nothing (a compiler barrier) is no culprit.  */
#pragma linkname barrier "pkg.barrier"
int barrier (int x)
{
  __asm__ volatile ("" ::: "memory");
  return x;
}

/* { dg-final { call-class pkg.rd block 0 "calls read" } } */
/* { dg-final { call-class pkg.nap block 0 "calls nanosleep" } } */
/* { dg-final { call-class pkg.say block 0 "calls (printf|puts|putchar)" } } */
/* { dg-final { call-class pkg.other block 0 "calls elsewhere" } } */
/* { dg-final { call-class pkg.via block 0 "calls elsewhere" } } */
/* { dg-final { call-class pkg.insn block 0 "inline asm" } } */
/* { dg-final { call-class pkg.barrier bounded 136 } } */
