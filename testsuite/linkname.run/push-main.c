/* The pulling unit: declarations bound to the other unit's targets.  */
/* { dg-do run } */
/* { dg-require-native "" } */
/* { dg-additional-sources "push-lib.c" } */
extern int h (int);
#pragma linkname h runtime.helper
extern int sv;
#pragma linkname sv pkg.secret
extern int af (void) __attribute__ ((linkname ("pkg.attr_fn")));
extern int self (void);
int
main (void)
{
  if (h (1) != 42 || sv != 7 || af () != 5 || self () != 9)
    return 1;
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
