/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* The nofault line: a bounded function in whose code, and what it
   calls, GCC finds no instruction that may fault or trap
   (may_trap_or_fault_p): arithmetic, stack slots, static and hidden
   globals, a division by a constant; not a load through a pointer (nor
   through the GOT, as -fPIC reads an interposable global), a
   division by a variable, floating point (-ftrapping-math), a libc
   call, a weak symbol, a trap, nor any of these in a callee; nor code
   built for more than x86-64's baseline ISA (a target attribute here,
   -march in nofault-march.c): on an older CPU, SIGILL.
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-fplugin-arg-linkname-go-entry" } */
#include <string.h>

#pragma linkname add "pkg.add"
long add (long a, long b) { return a + b; }

#pragma linkname eight "pkg.eight"
long eight (long a, long b, long c, long d, long e, long f, long g, long h)
{
  return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
}

#pragma linkname third "pkg.third"
long third (long a) { return a / 3; }

__attribute__ ((visibility ("hidden"))) long counter;
static long table[4] = { 1, 2, 3, 4 };
#pragma linkname globals "pkg.globals"
long globals (long a) { return counter + table[2] + a; }

__attribute__ ((noinline)) static long mulx (long a, long b)
{
  return a * b + (a >> 3);
}
#pragma linkname calls "pkg.calls"
long calls (long a) { return mulx (a, 7) + mulx (a, 9); }

#pragma linkname load "pkg.load"
long load (const long *p) { return *p; }

#pragma linkname divide "pkg.divide"
long divide (long a, long b) { return a / b; }

#pragma linkname fmul "pkg.fmul"
double fmul (double a, double b) { return a * b; }

#pragma linkname copy "pkg.copy"
void copy (char *d, const char *s, unsigned long n) { memcpy (d, s, n); }

extern long maybe __attribute__ ((weak));
#pragma linkname weakref "pkg.weakref"
long weakref (void) { return maybe; }

#pragma linkname trap "pkg.trap"
long trap (long a)
{
  if (a == 42)
    __builtin_trap ();
  return a;
}

__attribute__ ((noinline)) static long deref (const long *p) { return p[1]; }
#pragma linkname indirect "pkg.indirect"
long indirect (const long *p) { return deref (p) + 1; }

__attribute__ ((target ("popcnt"))) static long
bits (unsigned long a)
{
  return __builtin_popcountl (a);
}
#pragma linkname popcnt "pkg.popcnt"
__attribute__ ((target ("popcnt"))) long popcnt (unsigned long a)
{
  return bits (a) + 1;
}

/* { dg-final { call-class pkg.add bounded 8 } } */
/* { dg-final { call-nofault pkg.add yes } } */
/* { dg-final { call-entry pkg.add yes 8 } } */
/* { dg-final { call-nofault pkg.eight yes } } */
/* { dg-final { call-nofault pkg.third yes } } */
/* { dg-final { call-nofault pkg.globals yes } } */
/* { dg-final { call-class pkg.calls bounded 8 } } */
/* { dg-final { call-nofault pkg.calls yes } } */
/* { dg-final { call-class pkg.load bounded 8 } } */
/* { dg-final { call-nofault pkg.load no "a load or store that may fault \\(line" } } */
/* { dg-final { call-nofault pkg.divide no "a division that may trap" } } */
/* { dg-final { call-nofault pkg.fmul no "an instruction that may trap" } } */
/* { dg-final { call-class pkg.copy bounded 8 } } */
/* { dg-final { call-nofault pkg.copy no "calls memcpy" } } */
/* { dg-final { call-nofault pkg.weakref no "a load or store" } } */
/* { dg-final { call-nofault pkg.trap no "an instruction that may trap" } } */
/* { dg-final { call-class pkg.indirect bounded 8 } } */
/* { dg-final { call-nofault pkg.indirect no "\\(in deref\\)" } } */
/* { dg-final { call-class pkg.popcnt bounded 8 } } */
/* { dg-final { call-nofault pkg.popcnt no "beyond x86-64's baseline" } } */
