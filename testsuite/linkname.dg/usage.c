/* gccgo: "usage: '//go:linkname' localname [linkname]" for no argument and
   for three or more.  A space splits a dotted path into two arguments.  */
/* { dg-do compile } */
static int f (void) { return 0; }
#pragma linkname /* { dg-error "9: usage: #pragma linkname localname \\\[linkname\\\]" } */
#pragma linkname f a b /* { dg-error "9: usage: #pragma linkname localname" } */
#pragma linkname f runtime. f /* { dg-error "9: usage: #pragma linkname localname" } */
#pragma linkname f "a" b /* { dg-error "9: usage: #pragma linkname localname" } */
int use (void) { return f (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
