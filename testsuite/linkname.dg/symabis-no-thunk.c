/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   No wrong call behind a warning (issue 17): where no thunk can be made
   for a 'def SYM ABI0' declaration (C would call the ABI0 assembly with
   SysV registers) or a 'ref SYM ABI0' definition (assembly calls it), it
   is an error, also under -w.  A linknamed definition that nothing asks
   a thunk for keeps the warning (abi0-unsupported.c), which -w
   silences.  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-w -std=gnu17" } */
#pragma linkname_symabis def asm.kr ABI0
#pragma linkname_symabis def asm.var ABI0
#pragma linkname_symabis def asm.ld ABI0
#pragma linkname_symabis ref cld ABI0
extern long kr (); /* { dg-error "no ABI0 thunk for 'asm.kr': it has no prototype" } */
#pragma linkname kr asm.kr
extern long var (long, ...); /* { dg-error "no ABI0 thunk for 'asm.var': it is variadic" } */
#pragma linkname var asm.var
extern long ld (long double); /* { dg-error "no ABI0 thunk for 'asm.ld': parameter 1 has type 'long double'" } */
#pragma linkname ld asm.ld
long f (long a) { return kr (a) + var (a, a) + ld (a); }
long cld (long double x) { return (long) x; } /* { dg-error "no ABI0 thunk for 'cld': parameter 'x' has type 'long double'" } */
long double quiet (long double x) { return x; }
#pragma linkname quiet pkg.quiet
