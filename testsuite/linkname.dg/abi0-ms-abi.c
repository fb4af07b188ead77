/* A function GCC calls with the Microsoft x64 convention (ms_abi) reads
   its arguments from %rcx, %rdx, %r8 and %r9: no thunk, and the usual
   warning.  sysv_abi is the psABI's convention: a thunk.  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-O2" } */
__attribute__ ((ms_abi)) long ms (long a, long b) { return a - b; }
#pragma linkname ms pkg.ms /* { dg-warning "no ABI0 thunk for 'pkg.ms': it uses the Microsoft x64 calling convention" } */
__attribute__ ((sysv_abi)) long sysv (long a, long b) { return a - b; }
#pragma linkname sysv pkg.sysv
/* { dg-final { symbol "pkg.ms" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "pkg.ms.abi0" } } */
/* { dg-final { symbol "pkg.sysv.abi0" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
