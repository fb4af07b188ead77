/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* Recursion, direct and mutual, has no stack bound: block.  */
/* { dg-do assemble } */
static int fib (int n) { return n < 2 ? n : fib (n - 1) + fib (n - 2); }
#pragma linkname fibo "pkg.fibo"
int fibo (int n) { return fib (n) + 1; }

#pragma linkname self "pkg.self"
int self (int n) { return n < 2 ? n : self (n - 1) * self (n - 2) + 1; }

int is_odd (unsigned n);
__attribute__ ((noipa)) int is_even (unsigned n) { return n == 0 ? 1 : is_odd (n - 1) * 2; }
__attribute__ ((noipa)) int is_odd (unsigned n) { return n == 0 ? 0 : is_even (n - 1) * 3; }
#pragma linkname parity "pkg.parity"
int parity (unsigned n) { return is_even (n); }

/* { dg-final { call-class pkg.fibo block 0 "recursion through" } } */
/* { dg-final { call-class pkg.self block 0 "recursion through" } } */
/* { dg-final { call-class pkg.parity block 0 "recursion through is_(even|odd)" } } */
