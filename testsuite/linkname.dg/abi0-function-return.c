/* -mfunction-return=thunk-extern: the thunk returns as GCC's functions
   do, through __x86_return_thunk, with no int3 after the jmp (GCC puts
   none there either, even under -mharden-sls=all).  A function_return
   attribute on the C function holds for its thunk too.  The SysV
   thunk of symabis returns the same way.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mfunction-return=thunk-extern -mharden-sls=all" } */
/* { dg-symabis "symabis-ok.txt" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
__attribute__ ((function_return ("keep"))) long k (long x) { return x - 1; }
#pragma linkname k pkg.k
extern long add (long, long);
#pragma linkname add asm.add
long twice (long a) { return add (a, a); }
/* { dg-final { scan-assembler "\\tleave\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\tjmp\\t__x86_return_thunk\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg\\.f\\.abi0," } } */
/* { dg-final { scan-assembler "\\tleave\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\tret\\n\\tint3\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg\\.k\\.abi0," } } */
/* { dg-final { scan-assembler "\\tpopq\\t%rbp\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\tjmp\\t__x86_return_thunk\\n\\t\\.cfi_endproc\\n\\t\\.size\\tasm\\.add\\.\\.sysv," } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
