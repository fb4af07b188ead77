/* The thunk is a good citizen: endbr64 first under -fcf-protection=branch,
   its own section under -ffunction-sections, and CFI.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fcf-protection=branch -ffunction-sections" } */
static int f (int x) { return x + 1; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "\\.pushsection\\t\\.text\\.pkg\\.f\\.abi0,\"ax\",@progbits" } } */
/* { dg-final { scan-assembler "pkg\\.f\\.abi0:\\n\\t\\.cfi_startproc\\n\\tendbr64\\n" } } */
/* { dg-final { scan-assembler "\\.cfi_endproc\\n\\t\\.size\\tpkg\\.f\\.abi0, \\.-pkg\\.f\\.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
