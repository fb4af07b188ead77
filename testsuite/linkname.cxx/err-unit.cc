/* End-of-unit errors: inline functions, two definitions under one
   symbol, the one-argument form on a declaration.  */
inline int inl [[gnu::linkname ("pkg.inl")]] (int x) { return x; } /* { dg-error "has a copy in every unit that uses it" } */
int use (int x) { return inl (x); }
namespace a { int f [[gnu::linkname ("pkg.same")]] (int x) { return x; } } /* { dg-message "'a::f' is given symbol 'pkg.same' here" } */
namespace b { int f [[gnu::linkname ("pkg.same")]] (int x) { return x; } } /* { dg-error "a::f and b::f are both defined as symbol 'pkg.same'" } */
[[gnu::linkname]] extern int decl_only; /* { dg-error "missing external name for declaration of decl_only" } */
int use2 () { return decl_only; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
