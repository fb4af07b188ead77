/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   GNU's 'extern inline' (gnu_inline, or -fgnu89-inline) emits no symbol in
   any unit, and an extern declaration does not change that: the error
   says what does.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
extern inline __attribute__ ((gnu_inline)) int gi (int x) { return x; }
#pragma linkname gi pkg.gi /* { dg-error "'gi' is an 'extern inline' definition with GNU inline semantics \\('gnu_inline', '-fgnu89-inline'\\), which no unit emits; declare it 'static inline', or define it without 'extern' in one unit" } */
extern int gi (int);
int use (int x) { return gi (x); }
