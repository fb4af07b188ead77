/* After an unrelated error, no cascade of linkname diagnostics and no
   crash: the unit is not compiled further.  */
/* { dg-do compile } */
static int f (void) { return 0; }
#pragma linkname f pkg.f
int g (void) { return undeclared_thing; } /* { dg-error "'undeclared_thing' undeclared" } */
/* { dg-message "each undeclared identifier is reported only once" "" { target *-*-* } 6 } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
