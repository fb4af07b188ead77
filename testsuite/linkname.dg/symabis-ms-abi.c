/* symabis: C calls to an ms_abi declaration of an ABI0 function would
   pass arguments in %rcx, %rdx...: no SYM..sysv thunk, and an error (a
   warning would leave C calling the ABI0 assembly directly).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-symabis "symabis-ms-abi.txt" } */
extern long __attribute__ ((ms_abi)) msadd (long, long); /* { dg-error "no ABI0 thunk for 'asm.msadd': it uses the Microsoft x64 calling convention" } */
#pragma linkname msadd asm.msadd
extern long add (long, long);
#pragma linkname add asm.add
long f (long a) { return msadd (a, a) + add (a, a); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
