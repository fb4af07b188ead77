/* -fplugin-arg-linkname-mangle=gccgo: a Go name that cannot be split is
   an error at the directive; with a package path the one-argument form
   on a declaration is still gccgo's "missing external name".  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-linkname-mangle=gccgo -fplugin-arg-linkname-pkgpath=example.com/p" } */
static int f (void) { return 0; }
#pragma linkname f gopkg.in/yaml.v2.T.M /* { dg-error "cannot mangle linkname target for gccgo: 'gopkg.in/yaml.v2.T.M' has more than NAME or TYPE.METHOD after its package path; write a '.' in the last path element as %2e" } */
#pragma linkname f "pkg%zz.F" /* { dg-error "'pkg%zz.F': '%' must start a %XX escape" } */
#pragma linkname f "a.b/c" /* { dg-error "'a.b/c' has no '.NAME' after its package path" } */
#pragma linkname f "pkg.F." /* { dg-error "'pkg.F.' has an empty name after a '.'" } */
extern int decl (void);
#pragma linkname decl /* { dg-error "'#pragma linkname' missing external name for declaration of decl" } */
int use (void) { return f () + decl (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
