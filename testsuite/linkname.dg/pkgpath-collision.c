/* -fplugin-arg-linkname-pkgpath: the one-argument form's gccgo name
   may collide with a C definition, like any target.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-linkname-pkgpath=example.com/p" } */
static int g (void) { return 1; }
#pragma linkname g /* { dg-error "linkname target 'example_0com_1p.g' collides with the definition of 'example_0com_1p.g'" } */
int g_alias (void) __asm__ ("example_0com_1p.g");
int g_alias (void) { return 2; } /* { dg-message "'example_0com_1p.g' is defined here" } */
int use (void) { return g () + g_alias (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
