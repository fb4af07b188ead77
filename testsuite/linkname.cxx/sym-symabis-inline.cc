// symabis 'ref SYM ABI0' of an inline function, which sits in a COMDAT
// group: its thunk is weak and joins that group, so that units which all
// define it link, and the linker keeps or drops both together.
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-symabis "sym-symabis-inline.txt" } */
extern "C" inline long inl (long x) { return x + 1; }
long use (long x) { return inl (x); }
/* { dg-final { symbol "inl" FUNC WEAK DEFAULT defined } } */
/* { dg-final { symbol "inl.abi0" FUNC WEAK DEFAULT defined } } */
/* { dg-final { comdat-group "inl" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
