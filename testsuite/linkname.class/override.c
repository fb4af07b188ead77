/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* linkname_call overrides, both ways, attribute and pragma, before and
   after the declaration; leaf still gets bounded from the stack.  */
/* { dg-do assemble } */
/* { dg-options "-Wno-attributes" } */
#include <unistd.h>

int fast_ext (int);
#pragma linkname_call fast_ext leaf
#pragma linkname uses_fast "pkg.uses_fast"
int uses_fast (int x) { return fast_ext (x) + 1; }

#pragma linkname marked_block "pkg.marked_block"
__attribute__ ((linkname_call ("block"))) int marked_block (int x) { return x + 1; }

#pragma linkname_call after block
#pragma linkname after "pkg.after"
int after (int x) { return x + 2; }

#pragma linkname claimed "pkg.claimed"
int claimed (int x) { return x * 2; }
#pragma linkname_call claimed leaf

#pragma linkname rd "pkg.rd"
__attribute__ ((linkname_call ("leaf"))) long rd (int fd, char *b) { return read (fd, b, 1); }

static int r (int n) { return n < 2 ? n : r (n - 1) + r (n - 2); }
#pragma linkname deep "pkg.deep"
int deep (int n) __attribute__ ((linkname_call ("leaf")));
int deep (int n) { return r (n); }

/* { dg-final { call-class pkg.uses_fast leaf 0 "calls fast_ext, marked leaf" } } */
/* { dg-final { call-class pkg.marked_block block 0 "marked block" } } */
/* { dg-final { call-class pkg.after block 0 "marked block" } } */
/* { dg-final { call-class pkg.claimed bounded 136 "marked leaf" } } */
/* { dg-final { call-class pkg.rd leaf 0 "marked leaf; calls read" } } */
/* { dg-final { call-class pkg.deep leaf 0 "marked leaf; recursion" } } */
