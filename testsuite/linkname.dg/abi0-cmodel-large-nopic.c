/* -mcmodel=large without PIC: movabs of the target's address, and an
   indirect call.  Under -fcf-protection=branch it must land on an
   endbr64: a nocf_check target has none, and neither has one without
   cf_check under -mmanual-endbr, so those calls are notrack.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mcmodel=large -fno-pie -fcf-protection=branch" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
__attribute__ ((nocf_check)) long n (long x) { return x + 2; }
#pragma linkname n pkg.n
/* { dg-final { scan-assembler "\\tmovabsq\\t\\\$pkg\\.f, %rax\\n\\tcall\\t\\*%rax\\n" } } */
/* { dg-final { scan-assembler "\\tmovabsq\\t\\\$pkg\\.n, %rax\\n\\tnotrack call\\t\\*%rax\\n" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
