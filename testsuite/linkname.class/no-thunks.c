/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* With thunks off no binding can call the functions: no Go note.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-linkname-abi0=no" } */
#pragma linkname add "pkg.add"
int add (int a, int b) { return a + b; }

/* { dg-final { call-class pkg.add none } } */
