/* -mcmodel=large under PIC (the default PIE): the thunk calls its
   target as GCC's large model does, through %rax from the GOT's
   address and the target's @PLTOFF; the call is through a register
   (-mindirect-branch-register has nothing to change).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mcmodel=large -fPIC -mindirect-branch-register" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "\\tandq\\t\\\$-16, %rsp\\n0:\\tleaq\\t0b\\(%rip\\), %r11\\n\\tmovabsq\\t\\\$_GLOBAL_OFFSET_TABLE_-0b, %rax\\n\\taddq\\t%rax, %r11\\n\\tmovabsq\\t\\\$pkg\\.f@PLTOFF, %rax\\n\\taddq\\t%r11, %rax\\n\\tcall\\t\\*%rax\\n" } } */
/* { dg-final { scan-assembler-not "\\tcall\\tpkg\\.f\\n" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
