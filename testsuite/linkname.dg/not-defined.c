/* gccgo: "X is not defined" when no package-scope name matches.  */
/* { dg-do compile } */
#pragma linkname nonexistent runtime.x /* { dg-error "nonexistent is not defined" } */
#pragma linkname while runtime.w /* { dg-error "while is not defined" } */
/* Declared only later, and only inside a function: still not file scope.  */
#pragma linkname later_local pkg.l /* { dg-error "later_local is not defined at file scope \\(it is only a block-scope declaration\\)" } */
void g (void) { static int later_local; (void) later_local; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
