/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* alloca and variable-length arrays have no stack bound: block, the
   VLA named.  */
/* { dg-do assemble } */
#include <alloca.h>
#pragma linkname vla "pkg.vla"
int vla (int n)
{
  volatile char buf[n];
  buf[0] = 1;
  return buf[0];
}

#pragma linkname dyn "pkg.dyn"
int dyn (int n)
{
  volatile char *p = alloca (n);
  p[0] = 2;
  return p[0];
}

static int inner (int n)
{
  volatile char b2[n];
  b2[n - 1] = 3;
  return b2[n - 1];
}
#pragma linkname outer "pkg.outer"
int outer (int n) { return inner (n); }

/* { dg-final { call-class pkg.vla block 0 "a variable-length array 'buf'" } } */
/* { dg-final { call-class pkg.dyn block 0 "alloca" } } */
/* { dg-final { call-class pkg.outer block 0 "variable-length array 'b2'" } } */
