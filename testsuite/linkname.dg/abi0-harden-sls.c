/* -mharden-sls=all: int3 after the thunk's ret, as after GCC's.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mharden-sls=all" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "\\tleave\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\tret\\n\\tint3\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg\\.f\\.abi0," } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
