/* -mindirect-branch=: an indirect call of the thunk (here forced by
   -mforce-indirect-call, from the GOT entry under PIC) goes through an
   inline retpoline, as GCC writes one (GCC calls an external or shared
   one for thunk-extern and thunk; the inline one needs nothing in the
   link).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fPIC -mforce-indirect-call -mindirect-branch=thunk-extern -mindirect-branch-register" } */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "\\tmovq\\tpkg\\.f@GOTPCREL\\(%rip\\), %rax\\n\\tjmp\\t3f\\n2:\\tcall\\t5f\\n4:\\tpause\\n\\tlfence\\n\\tjmp\\t4b\\n5:\\tmovq\\t%rax, \\(%rsp\\)\\n\\tret\\n3:\\tcall\\t2b\\n" } } */
