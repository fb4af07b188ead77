/* '#pragma linkname_symabis' gives the lines of a symabis file through
   the preprocessor (a generated header carries them): the same object as
   the file would.  */
/* { dg-do assemble { target x86_64-*-* } } */
#pragma linkname_symabis def asm.add ABI0
_Pragma ("linkname_symabis ref exported ABI0")
#pragma linkname_symabis def "asm.other" ABIInternal
extern long add (long, long);
#pragma linkname add asm.add
long twice (long a) { return add (a, a); }
long exported (long a) { return a; }
/* { dg-final { symbol "asm.add..sysv" FUNC WEAK HIDDEN defined } } */
/* { dg-final { symbol "asm.add" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "exported.abi0" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
