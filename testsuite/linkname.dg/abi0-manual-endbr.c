/* -mmanual-endbr: only cf_check functions get endbr64, so under
   -mcmodel=large the thunk's indirect call to any other is notrack.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mcmodel=large -fno-pie -fcf-protection=branch -mmanual-endbr" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
__attribute__ ((cf_check)) long c (long x) { return x + 2; }
#pragma linkname c pkg.c
/* { dg-final { scan-assembler "\\tmovabsq\\t\\\$pkg\\.f, %rax\\n\\tnotrack call\\t\\*%rax\\n" } } */
/* { dg-final { scan-assembler "\\tmovabsq\\t\\\$pkg\\.c, %rax\\n\\tcall\\t\\*%rax\\n" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
