/* -fzero-call-used-regs=: the thunk zeroes the call-used registers
   before it returns, as GCC's functions do: all of them in an ABI0
   thunk (its result is in memory), all but the registers the result is
   in in a SysV thunk (%rax for a long: %rdx and %xmm1 are zeroed).  A zero_call_used_regs attribute on the C function holds
   for its thunk too.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fzero-call-used-regs=all" } */
/* { dg-symabis "symabis-ok.txt" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
__attribute__ ((zero_call_used_regs ("skip"))) long k (long x) { return x - 1; }
#pragma linkname k pkg.k
__attribute__ ((zero_call_used_regs ("used-gpr"))) long g (long x) { return x - 2; }
#pragma linkname g pkg.g
extern long add (long, long);
#pragma linkname add asm.add
long twice (long a) { return add (a, a); }
/* { dg-final { scan-assembler "\\tleave\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\txorl\\t%eax, %eax\\n\\txorl\\t%edx, %edx\\n\\txorl\\t%ecx, %ecx\\n\\txorl\\t%esi, %esi\\n\\txorl\\t%edi, %edi\\n\\txorl\\t%r8d, %r8d\\n\\txorl\\t%r9d, %r9d\\n\\txorl\\t%r10d, %r10d\\n\\txorl\\t%r11d, %r11d\\n\\tpxor\\t%xmm0, %xmm0\\n(\\tpxor\\t%xmm\[0-9\]+, %xmm\[0-9\]+\\n)*\\tpxor\\t%xmm15, %xmm15\\n\\tret\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg\\.f\\.abi0," } } */
/* { dg-final { scan-assembler "\\tleave\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\tret\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg\\.k\\.abi0," } } */
/* { dg-final { scan-assembler "\\txorl\\t%r11d, %r11d\\n\\tret\\n\\t\\.cfi_endproc\\n\\t\\.size\\tpkg\\.g\\.abi0," } } */
/* { dg-final { scan-assembler "\\tpopq\\t%rbp\\n\\t\\.cfi_def_cfa %rsp, 8\\n\\txorl\\t%edx, %edx\\n\\txorl\\t%ecx, %ecx\\n\\txorl\\t%esi, %esi\\n(\[^\\n\]*\\n)*\\tpxor\\t%xmm0, %xmm0\\n(\\tpxor\\t%xmm\[0-9\]+, %xmm\[0-9\]+\\n)*\\tret\\n\\t\\.cfi_endproc\\n\\t\\.size\\tasm\\.add\\.\\.sysv," } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
