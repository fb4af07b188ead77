/* Found by the fuzzer: a function and a thread-local variable given one
   symbol was an assembler error ("Accessing function `T' as
   thread-local object").  Any two kinds under one name are refused.  */
/* { dg-do assemble } */
static int f (int x) { return x + 1; }
#pragma linkname f "pkg.f" /* { dg-error "symbol 'pkg.f' would be both a function \\('f'\\) and a thread-local variable \\('v'\\)" } */
extern __thread int v; /* { dg-message "'v' is declared here" } */
#pragma linkname v "pkg.f"
extern int w;
#pragma linkname w "pkg.w" /* { dg-error "symbol 'pkg.w' would be both a variable \\('w'\\) and a thread-local variable \\('t'\\)" } */
extern __thread int t; /* { dg-message "'t' is declared here" } */
#pragma linkname t "pkg.w"
extern int g (void);
#pragma linkname g "pkg.d" /* { dg-error "would be both a function \\('g'\\) and a variable \\('d'\\)" } */
int d = 1; /* { dg-message "'d' is declared here" } */
#pragma linkname d "pkg.d"
/* Same kind: a pull of what this unit pushes is fine.  */
static int h (void) { return 2; }
#pragma linkname h "pkg.h"
extern int hh (void);
#pragma linkname hh "pkg.h"
int use (void) { return v + w + t + f (1) + g () + d + hh (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
