/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* libm does not block, but its stack use is not documented: leaf.  */
/* { dg-do assemble } */
/* { dg-options "-fno-builtin" } */
#include <math.h>
#pragma linkname wave "pkg.wave"
double wave (double x) { return sin (x) + 1; }

/* { dg-final { call-class pkg.wave leaf 0 "calls sin" } } */
