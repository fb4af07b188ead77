/* gccgo: the one-argument form on a function without a body is
   "'//go:linkname' missing external name for declaration of X".  */
/* { dg-do compile } */
extern int decl (void);
#pragma linkname decl /* { dg-error "'#pragma linkname' missing external name for declaration of decl" } */
extern int var;
#pragma linkname var /* { dg-error "missing external name for declaration of var" } */
extern int attr (void) __attribute__ ((linkname)); /* { dg-error "the 'linkname' attribute missing external name for declaration of attr" } */
int use (void) { return decl () + var + attr (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
