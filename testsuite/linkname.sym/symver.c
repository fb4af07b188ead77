/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   A push on a function with the symver attribute works as the asm label
   does: the definition is TARGET, the versioned name an alias of it.  */
/* { dg-do assemble } */
/* GCC wants a versioned symbol default visibility (-fvisibility=hidden).  */
__attribute__ ((symver ("foo@VERS_1"), visibility ("default")))
int f (int x) { return x + 1; }
#pragma linkname f sv.f
/* { dg-final { symbol "sv.f" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "foo@VERS_1" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "f" } } */
