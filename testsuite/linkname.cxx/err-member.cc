/* Members and templates are refused, with a message that says so.  */
struct S
{
  [[gnu::linkname ("pkg.m")]] void m (); /* { dg-error "applies to namespace-scope functions and variables, not to member function 'void S::m\\(\\)'" } */
  static int sm [[gnu::linkname ("pkg.sm")]]; /* { dg-error "not to class member 'S::sm'" } */
  int field [[gnu::linkname ("pkg.fd")]]; /* { dg-error "not to struct or union members" } */
};
template <class T> [[gnu::linkname ("pkg.t")]] T tf (T x) { return x; } /* { dg-error "on template 'T tf\\(T\\)'" } */
int use () { return tf (1); }
void g ()
{
  [[gnu::linkname ("pkg.local")]] extern int local; /* { dg-error "block-scope declaration" } */
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
