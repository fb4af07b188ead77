/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* Built for a newer CPU than x86-64's baseline, even arithmetic may hold
   an instruction an older CPU lacks (SIGILL): no nofault line.  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-march=x86-64-v2" } */

#pragma linkname add "pkg.add"
long add (long a, long b) { return a + b; }

/* { dg-final { call-class pkg.add bounded 8 } } */
/* { dg-final { call-nofault pkg.add no "baseline" } } */
