/* The local name is one C identifier: gccgo's "T.M is not defined" for a
   method has no C counterpart, so it is said plainly.  */
/* { dg-do compile } */
#pragma linkname T.M x /* { dg-error "'T.M' is not a C identifier" } */
#pragma linkname "f" x /* { dg-error "'string literal' is not a C identifier" } */
#pragma linkname 42 x /* { dg-error "'number' is not a C identifier" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
