/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* A fat -flto object has the code and the notes.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -flto -ffat-lto-objects" } */
#include <unistd.h>
#pragma linkname add "pkg.add"
int add (int a, int b) { return a + b; }
#pragma linkname rd "pkg.rd"
long rd (int fd, char *b) { return read (fd, b, 1); }

/* { dg-final { call-class pkg.add bounded 136 } } */
/* { dg-final { call-class pkg.rd block 0 "calls read" } } */
