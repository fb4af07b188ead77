/* -fplugin-arg-linkname-mangle=gccgo and -pkgpath=PATH: Go names in gc's
   spelling become the symbols gccgo-12 gives them (nm on its objects).  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-linkname-mangle=gccgo -fplugin-arg-linkname-pkgpath=gopkg.in/yaml.v2" } */
static int load (void) { return 1; }
#pragma linkname load sync/atomic.Load
static int meth (void) { return 2; }
#pragma linkname meth "example.com/foo/bar.T.Meth"
static int helper_fn (void) { return 3; }
#pragma linkname helper_fn
static int counter = 4;
#pragma linkname counter
extern int marshal (void);
#pragma linkname marshal "gopkg.in/yaml%2ev2.Marshal"
static int plain (void) { return 5; }
#pragma linkname plain my_c_symbol
__attribute__ ((used)) int use (void) { return marshal (); }
/* { dg-final { symbol "sync_1atomic.Load" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "example_0com_1foo_1bar.T.Meth" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "gopkg_0in_1yaml_0v2.helper__fn" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "gopkg_0in_1yaml_0v2.counter" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "gopkg_0in_1yaml_0v2.Marshal" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "my_c_symbol" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "helper_fn" } } */
/* { dg-final { no-symbol "sync/atomic.Load" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
