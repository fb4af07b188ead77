/* A static declaration without a definition, pulled: references go to the
   global TARGET (GCC still warns that the static is never defined).  */
/* { dg-do assemble } */
static int sd (void); /* { dg-warning "used but never defined" } */
#pragma linkname sd pkg.sd
int use (void) { return sd (); }
/* { dg-final { symbol "pkg.sd" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { no-symbol "sd" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
