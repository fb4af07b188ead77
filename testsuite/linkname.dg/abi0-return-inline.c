/* -mfunction-return=thunk and thunk-inline: the thunk returns through
   a retpoline written inline, as GCC's thunk-inline writes it (GCC
   emits the shared body of "thunk" only for its own functions);
   -mharden-sls=return puts int3 after each ret.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mfunction-return=thunk -mharden-sls=return" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "\\tleave\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\tcall\\t7f\\n6:\\tpause\\n\\tlfence\\n\\tjmp\\t6b\\n7:\\n\\t\\.cfi_def_cfa_offset 16\\n\\tleaq\\t8\\(%rsp\\), %rsp\\n\\t\\.cfi_def_cfa_offset 8\\n\\tret\\n\\tint3\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg\\.f\\.abi0," } } */
/* { dg-final { scan-assembler-not "jmp\\t__x86_return_thunk\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
