/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   Options that change a thunk, from GCC's own state (issue 17):
   -fcall-saved-r11 and -ffixed-r10 add to what a ..sysv thunk saves,
   -mgeneral-regs-only leaves the SSE registers unzeroed, -fsplit-stack
   marks the thunk's code as not split, -fleading-underscore prefixes the
   C function the thunk calls.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fcall-saved-r11 -ffixed-r10 -fzero-call-used-regs=all -mgeneral-regs-only -fsplit-stack -fleading-underscore" } */
#pragma linkname_symabis def asm.add ABI0
extern long add (long, long);
#pragma linkname add asm.add
long twice (long a) { return add (a, a); }
long g (long x) { return x; }
#pragma linkname g g
/* { dg-final { scan-assembler "\\tpushq\\t%rbx\\n\[^\\n\]*\\n\\tpushq\\t%r10\\n\[^\\n\]*\\n\\tpushq\\t%r11\\n\[^\\n\]*\\n\\tpushq\\t%r12\\n" } } */
/* { dg-final { scan-assembler "\\tpopq\\t%r11\\n\\tpopq\\t%r10\\n\\tpopq\\t%rbx\\n" } } */
/* { dg-final { scan-assembler-not "pxor" } } */
/* { dg-final { scan-assembler "\\txorl\\t%ecx, %ecx\\n" } } */
/* { dg-final { scan-assembler "\\.pushsection\\t\\.note\\.GNU-no-split-stack" } } */
/* { dg-final { scan-assembler "\\tcall\\t_g\\n" } } */
