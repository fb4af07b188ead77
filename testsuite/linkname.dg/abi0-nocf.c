/* No landing pad without -fcf-protection=branch.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fcf-protection=none" } */
static int f (int x) { return x + 1; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "pkg\\.f\\.abi0:\\n\\t\\.cfi_startproc\\n\\tpushq\\t%rbp" } } */
/* { dg-final { scan-assembler "\\.pushsection\\t\\.text\\n" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
