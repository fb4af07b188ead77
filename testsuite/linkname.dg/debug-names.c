/* Under -g a function's symbol is in its DWARF, as for an asm label:
   DW_AT_linkage_name, and DW_AT_external for a pushed static, which is
   global now.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -g" } */
int f (void) __asm__ ("xsym");
int f (void) { return 1; }
int g (void) { return 3; }
#pragma linkname g pkg.g
static int s (void) { return 2; }
#pragma linkname s pkg.s
extern int p (void);
#pragma linkname p pkg.p
int use (void) { return s () + p (); }
/* { dg-final { dwarf-die f DW_AT_external {DW_AT_linkage_name xsym} } } */
/* { dg-final { dwarf-die g DW_AT_external {DW_AT_linkage_name pkg.g} } } */
/* { dg-final { dwarf-die s DW_AT_external {DW_AT_linkage_name pkg.s} } } */
/* { dg-final { dwarf-die p DW_AT_external {DW_AT_linkage_name pkg.p} } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
