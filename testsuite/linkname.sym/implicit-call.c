/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   A pull written before the first call of a function that the call
   declares implicitly (C before C23): the pull applies to that
   declaration, as a pragma after the call does.  */
/* { dg-do assemble } */
/* { dg-options "-std=gnu17 -Wno-implicit-function-declaration" } */
#pragma linkname foo pkg.foo
__attribute__ ((externally_visible)) int g (void) { return foo (1); }
__attribute__ ((externally_visible)) int h (void) { return bar (2); }
#pragma linkname bar pkg.bar
/* { dg-final { symbol "pkg.foo" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { symbol "pkg.bar" NOTYPE GLOBAL DEFAULT undefined } } */
/* { dg-final { no-symbol "foo" } } */
