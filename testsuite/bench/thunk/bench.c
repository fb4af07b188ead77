/* bench.c - ns per call of an ABI0 caller calling
     thunk:  our TARGET.abi0 -> the C function
     gowrap: Go 1.19's wrapper sequence -> the same C function (add only)
     asm:    an ABI0 assembly callee doing the same work (no wrapper)
   Variants are interleaved and repeated; minima are reported, since
   timings on shared machines are bimodal.  Overhead = path - asm.  */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct s3 { long a, b, c; };

static long add (long a, long b) { return a + b; }
#pragma linkname add bench.add
static long add8 (long a, long b, long c, long d, long e, long f, long g,
		  long h) { return a + b + c + d + e + f + g + h; }
#pragma linkname add8 bench.add8
static double add10 (double a, double b, double c, double d, double e,
		     double f, double g, double h, double i, double j)
{ return a + b + c + d + e + f + g + h + i + j; }
#pragma linkname add10 bench.add10
static struct s3 mk3 (long a) { return (struct s3) { a, a + 1, a + 2 }; }
#pragma linkname mk3 bench.mk3

#define FN(name, sym) extern const char name[] __asm__ (sym)
FN (thunk_add, "bench.add.abi0");
FN (thunk_add8, "bench.add8.abi0");
FN (thunk_add10, "bench.add10.abi0");
FN (thunk_mk3, "bench.mk3.abi0");
extern const char gowrap_add[], asm_add[], asm_add8[], asm_add10[], asm_mk3[];
long loop_add (const void *, long);
long loop_add8 (const void *, long);
double loop_add10 (const void *, long);
long loop_mk3 (const void *, long);

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static volatile double sink;

/* ns per call of LOOP over FN, N calls.  */
static double
measure (int loop, const void *fn, long n)
{
  double t0 = now ();
  switch (loop)
    {
    case 0: sink = loop_add (fn, n); break;
    case 1: sink = loop_add8 (fn, n); break;
    case 2: sink = loop_add10 (fn, n); break;
    default: sink = loop_mk3 (fn, n); break;
    }
  return (now () - t0) / n;
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 20000000;
  int reps = argc > 2 ? atoi (argv[2]) : 11;
  struct { const char *name; int loop; const void *fn; double best; } v[] = {
    { "add thunk", 0, thunk_add, 1e9 },
    { "add gowrap", 0, gowrap_add, 1e9 },
    { "add asm", 0, asm_add, 1e9 },
    { "add8 thunk", 1, thunk_add8, 1e9 },
    { "add8 asm", 1, asm_add8, 1e9 },
    { "add10 thunk", 2, thunk_add10, 1e9 },
    { "add10 asm", 2, asm_add10, 1e9 },
    { "mk3 thunk", 3, thunk_mk3, 1e9 },
    { "mk3 asm", 3, asm_mk3, 1e9 },
  };
  int nv = sizeof v / sizeof v[0];
  /* Correctness first: every path computes the same sums.  */
  if (loop_add (thunk_add, 1000) != loop_add (asm_add, 1000)
      || loop_add (gowrap_add, 1000) != loop_add (asm_add, 1000)
      || loop_add8 (thunk_add8, 1000) != loop_add8 (asm_add8, 1000)
      || loop_add10 (thunk_add10, 1000) != loop_add10 (asm_add10, 1000)
      || loop_mk3 (thunk_mk3, 1000) != loop_mk3 (asm_mk3, 1000))
    {
      fprintf (stderr, "bench: paths disagree\n");
      return 1;
    }
  for (int r = 0; r < reps; r++)
    for (int i = 0; i < nv; i++)
      {
	/* Rotate the order each round so no variant always runs first.  */
	int k = (i + r) % nv;
	double t = measure (v[k].loop, v[k].fn, n);
	if (t < v[k].best)
	  v[k].best = t;
      }
  for (int i = 0; i < nv; i++)
    printf ("%-12s %6.3f ns/call\n", v[i].name, v[i].best);
  double ours = v[0].best - v[2].best, go = v[1].best - v[2].best;
  printf ("overhead add: thunk %+.3f ns, Go 1.19 wrapper %+.3f ns, "
	  "ratio %.2fx\n", ours, go, go > 0 ? ours / go : 0.0);
  printf ("overhead add8: thunk %+.3f ns\n", v[3].best - v[4].best);
  printf ("overhead add10: thunk %+.3f ns\n", v[5].best - v[6].best);
  printf ("overhead mk3: thunk %+.3f ns\n", v[7].best - v[8].best);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
