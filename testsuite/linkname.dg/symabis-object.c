/* In the object, SYM..sysv is a hidden weak function in a COMDAT group
   of its own name, so units that all call SYM may each carry a copy.  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-symabis "symabis-ok.txt" } */
extern long add (long, long);
#pragma linkname add asm.add
long twice (long a) { return add (a, a); }
/* { dg-final { symbol "asm.add..sysv" FUNC WEAK HIDDEN defined } } */
/* { dg-final { symbol "asm.add" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { comdat-group "asm.add..sysv" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
