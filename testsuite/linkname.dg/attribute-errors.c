/* The attribute on the wrong kind of declaration, or with a wrong
   argument: an error each, never an ICE.  */
/* { dg-do compile } */
int p (int x __attribute__ ((linkname ("p.x")))); /* { dg-error "applies to file-scope functions and variables, not to function parameters" } */
struct S { int m __attribute__ ((linkname ("s.m"))); }; /* { dg-error "not to struct or union members" } */
typedef int T __attribute__ ((linkname ("t"))); /* { dg-error "not to types" } */
void blk (void)
{
  static int b __attribute__ ((linkname ("b"))); /* { dg-error "the 'linkname' attribute on block-scope declaration 'b'" } */
  (void) b;
}
int n1 __attribute__ ((linkname (1))); /* { dg-error "argument of the 'linkname' attribute must be a narrow string literal" } */
int n2 __attribute__ ((linkname (L"w"))); /* { dg-error "must be a narrow string literal" } */
int n3 __attribute__ ((linkname (""))); /* { dg-error "empty linkname target" } */
int n4 __attribute__ ((linkname ("a/b"))); /* { dg-error "'/' is not allowed in a symbol name" } */
int n5 __attribute__ ((linkname ("a", "b"))); /* { dg-error "wrong number of arguments" } */
/* { dg-message "expected between 0 and 1, found 2" "" { target *-*-* } 16 } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
