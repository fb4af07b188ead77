/* [[gnu::linkname]] in C is the same attribute as __attribute__
   ((linkname)): the same errors, at error severity.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x" } */
typedef int T [[gnu::linkname ("t")]]; /* { dg-error "not to types" } */
void blk (void)
{
  [[gnu::linkname ("b")]] static int b; /* { dg-error "the 'linkname' attribute on block-scope declaration 'b'" } */
  (void) b;
}
[[gnu::linkname ("a/b")]] int n4; /* { dg-error "'/' is not allowed in a symbol name" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
