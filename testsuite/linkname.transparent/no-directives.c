/* Ordinary C with no linkname directive: statics, globals, inline,
   variadics, structs, pragmas of GCC's own, attributes.  */
#include <stdarg.h>
#include <stdio.h>

struct point { int x, y; };
typedef struct point point_t;
enum color { RED, GREEN };

static int counter;
int shared_table[8] = { 1, 2, 3 };
static const char banner[] = "transparent";
extern int maybe_elsewhere (int);

static inline int sq (int v) { return v * v; }
static int unused_static (void) { return 3; }
__attribute__ ((noinline)) static int add (point_t p) { return p.x + p.y; }

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
static int also_unused (void) { return 4; }
#pragma GCC diagnostic pop

int
sum (int n, ...)
{
  va_list ap;
  int s = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    s += va_arg (ap, int);
  va_end (ap);
  return s;
}

int
main (void)
{
  static int calls;
  point_t p = { 3, 4 };
  calls++;
  counter += add (p) + sq (2) + sum (3, 1, 2, 3) + shared_table[1];
  printf ("%s %d %d\n", banner, counter, calls);
  return counter == 20 ? 0 : 1;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
