/* The pulling unit: declarations bound to the other unit's targets.  */
/* { dg-do run } */
/* { dg-require-native "" } */
/* { dg-additional-sources "run-lib.cc" } */
extern int h [[gnu::linkname ("runtime.helper")]] (int);
namespace other { extern int sv [[gnu::linkname ("pkg.secret")]]; }
int twice (int);
#pragma linkname twice pkg.f
extern "C" long add (long, long);
#pragma linkname add cpkg.Add
int
main ()
{
  if (h (1) != 42 || other::sv != 7 || twice (4) != 8 || add (2, 3) != 5)
    return 1;
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
