/* Pulling a C library builtin renames the calls GCC expands itself too,
   as an asm label on the builtin would (not under -flto, like GCC's).  */
/* { dg-do assemble } */
#include <string.h>
#pragma linkname memcpy my_memcpy
__attribute__ ((used)) void cp (char *a, const char *b, unsigned long n) { memcpy (a, b, n); }
/* { dg-final { symbol "my_memcpy" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { no-symbol "memcpy" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
