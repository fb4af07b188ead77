/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* A call through a pointer may go anywhere: block.  */
/* { dg-do assemble } */
#pragma linkname apply "pkg.apply"
int apply (int (*f) (int), int x) { return f (x) + 1; }

struct ops { void (*run) (void); };
#pragma linkname run "pkg.run"
void run (struct ops *o) { o->run (); }

/* { dg-final { call-class pkg.apply block 0 "a call through a pointer" } } */
/* { dg-final { call-class pkg.run block 0 "a call through a pointer" } } */
