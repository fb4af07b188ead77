/* An asm label that defines the thunk's name: an error at the directive,
   not an assembler error (x86-64; other targets make no thunks).  */
/* { dg-do compile { target x86_64-*-* } } */
long f (long x) { return x; }
#pragma linkname f pkg.f /* { dg-error "the ABI0 thunk of 'pkg.f' is named 'pkg.f.abi0', which this unit already defines" } */
int taken __asm__ ("pkg.f.abi0") = 1; /* { dg-message "'pkg.f.abi0' is defined here" } */
/* A declaration of that name is how C calls the thunk: fine.  */
long g (long x) { return x; }
#pragma linkname g pkg.g
extern const char g_thunk[] __asm__ ("pkg.g.abi0");
const void *use (void) { return g_thunk; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
