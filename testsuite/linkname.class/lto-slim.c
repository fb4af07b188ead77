/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* A slim -flto object has no code: its functions and thunks are made at
   link time, where the plugin is not.  No binding can use it: no note
   (linkname-go refuses such an object and says why).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -flto -fno-fat-lto-objects" } */
#pragma linkname add "pkg.add"
int add (int a, int b) { return a + b; }

/* { dg-final { call-class pkg.add none } } */
