// '#pragma linkname_symabis' in C++: a call to ABI0 assembly goes
// through SYM..sysv, and an extern "C" definition listed as ref gets its
// ABI0 thunk, as with a symabis file.
/* { dg-do assemble { target x86_64-*-* } } */
#pragma linkname_symabis def asm.sum3 ABI0
#pragma linkname_symabis ref cfn ABI0
extern "C" long sum3 (long, long, long) __asm__ ("asm.sum3");
long f (long a) { return sum3 (a, a, a); }
extern "C" long cfn (long x) { return x + 1; }
/* { dg-final { symbol "asm.sum3..sysv" FUNC WEAK HIDDEN defined } } */
/* { dg-final { symbol "cfn.abi0" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
