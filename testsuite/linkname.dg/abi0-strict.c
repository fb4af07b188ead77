/* -fplugin-arg-linkname-abi0=strict: a function that cannot have a thunk
   is an error (x86-64; other targets make no thunks at all).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-linkname-abi0=strict" } */
static long double ld (long double x) { return x; }
#pragma linkname ld pkg.ld /* { dg-error "18: no ABI0 thunk for 'pkg.ld'" "" { target x86_64-*-* } } */
static int ok (int x) { return x; }
#pragma linkname ok pkg.ok

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
