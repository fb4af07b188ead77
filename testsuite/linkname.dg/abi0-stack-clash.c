/* -fstack-clash-protection: a thunk whose outgoing stack area reaches
   the guard size probes it as GCC's prologue would, inline up to four
   intervals and in a loop beyond; a smaller one does not.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fstack-clash-protection" } */
struct s6k { char b[6000]; };
struct s40k { char b[40000]; };
struct s1k { char b[1000]; };
long f6k (struct s6k s) { return s.b[0]; }
#pragma linkname f6k pkg.f6k
long f40k (struct s40k s) { return s.b[0]; }
#pragma linkname f40k pkg.f40k
long f1k (struct s1k s) { return s.b[0]; }
#pragma linkname f1k pkg.f1k
/* { dg-final { scan-assembler "pkg\\.f6k\\.abi0:(\[^:\]|\n)*subq\t\\\$4096, %rsp\n\torq\t\\\$0, \\(%rsp\\)\n\tsubq\t\\\$1904, %rsp\n" } } */
/* { dg-final { scan-assembler "pkg\\.f40k\\.abi0:(\[^:\]|\n)*leaq\t-36864\\(%rsp\\), %r11\n1:\tsubq\t\\\$4096, %rsp\n\torq\t\\\$0, \\(%rsp\\)\n\tcmpq\t%r11, %rsp\n\tjne\t1b\n\tsubq\t\\\$3136, %rsp\n" } } */
/* { dg-final { scan-assembler "pkg\\.f1k\\.abi0:\[^:\]*subq\t\\\$1000, %rsp\n\tandq" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
