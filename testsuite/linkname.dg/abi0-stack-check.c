/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   -fstack-check: the thunk probes its outgoing area page by page, as
   GCC's prologue does, not with one unprobed subq (issue 17).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fstack-check" } */
struct big { char b[16000]; };
long f (struct big b) { return b.b[0]; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "\\tsubq\\t\\\$4096, %rsp\\n\\torq\\t\\\$0, \\(%rsp\\)\\n" } } */
/* { dg-final { scan-assembler-not "subq\\t\\\$16000, %rsp" } } */
