/* -mabi=ms makes every function ms_abi unless it says sysv_abi: GCC's
   answer for each declaration decides.  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-O2 -mabi=ms" } */
long ms (long a, long b) { return a - b; }
#pragma linkname ms pkg.ms /* { dg-warning "no ABI0 thunk for 'pkg.ms': it uses the Microsoft x64 calling convention" } */
__attribute__ ((sysv_abi)) long sysv (long a, long b) { return a - b; }
#pragma linkname sysv pkg.sysv
/* { dg-final { no-symbol "pkg.ms.abi0" } } */
/* { dg-final { symbol "pkg.sysv.abi0" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
