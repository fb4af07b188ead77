/* -mindirect-branch=: an indirect call of the thunk (here forced by
   -mforce-indirect-call, from the GOT entry under PIC) goes through GCC's
   external thunk under thunk-extern, and through an inline retpoline, as
   GCC writes one, under thunk-inline and thunk (whose shared body GCC
   emits only for its own calls); an indirect_branch attribute on the C
   function holds for its thunk too.  The call is through a register.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fPIC -mforce-indirect-call -mindirect-branch=thunk-extern -mindirect-branch-register" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
__attribute__ ((indirect_branch ("thunk-inline"))) long g (long x) { return x + 2; }
#pragma linkname g pkg.g
/* { dg-final { scan-assembler "\\tmovq\\tpkg\\.f@GOTPCREL\\(%rip\\), %rax\\n\\tcall\\t__x86_indirect_thunk_rax\\n" } } */
/* { dg-final { scan-assembler "\\tmovq\\tpkg\\.g@GOTPCREL\\(%rip\\), %rax\\n\\tjmp\\t3f\\n2:\\tcall\\t5f\\n4:\\tpause\\n\\tlfence\\n\\tjmp\\t4b\\n5:\\tmovq\\t%rax, \\(%rsp\\)\\n\\tret\\n3:\\tcall\\t2b\\n" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
