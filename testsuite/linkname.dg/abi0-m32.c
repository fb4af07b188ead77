/* -m32 on an x86-64 compiler: i386 code, no ABI0 thunk and no warning.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -m32" } */
static long double ld (long double x) { return x; }
#pragma linkname ld pkg.ld
static int f (int x) { return x; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "pkg\\.f:" } } */
/* { dg-final { scan-assembler-not "\\.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
