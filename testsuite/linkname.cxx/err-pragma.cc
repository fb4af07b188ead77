/* The pragma: an overloaded name, an unknown one, a type.  */
int ov (int x) { return x; }
int ov (double x) { return (int) x; }
#pragma linkname ov pkg.ov /* { dg-error "ov is overloaded; put the 'linkname' attribute on the declaration you mean" } */
#pragma linkname nothere pkg.nothere /* { dg-error "nothere is not defined" } */
struct T { };
#pragma linkname T pkg.T /* { dg-error "T is not a function or variable" } */
namespace ns { int inner; }
#pragma linkname inner pkg.inner /* { dg-error "inner is not defined" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
