/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* A slim -flto object has no code: its functions are compiled at link
   time, where the plugin is not; block, and why.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -flto -fno-fat-lto-objects" } */
#pragma linkname add "pkg.add"
int add (int a, int b) { return a + b; }

/* { dg-final { call-class pkg.add block 0 "slim -flto" } } */
