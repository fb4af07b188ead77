/* -fprofile-generate and --coverage name each function's counters
   __gcovN.F and its record __gcov_.F: a target of that form was an
   assembler error ("symbol `__gcov0.f' is already defined").  libgcov's
   own functions (__gcov_dump) may still be pulled.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fprofile-generate" } */
int f (int x) { return x + 1; }
static int g (int x) { return x + 2; }
#pragma linkname g __gcov0.f /* { dg-error "linkname target '__gcov0.f' cannot be used as a symbol: names starting with '__gcov0.' are GCC's coverage counters" } */
static int h __attribute__ ((linkname ("__gcov_.f"))); /* { dg-error "names starting with '__gcov_.' are GCC's coverage counters" } */
extern void dump (void);
#pragma linkname dump __gcov_dump
int use (int y) { dump (); return g (y) + h; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
