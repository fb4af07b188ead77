/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* A C++ unit's Go note says so once (its lang line), whatever the number
   of functions: a program that links it needs the C++ runtime
   (linkname-go links it).  */
/* { dg-do assemble } */
extern "C" long cadd (long a, long b) { return a + b; }
#pragma linkname cadd cpkg.Add
static int twice (int x) { return 2 * x; }
#pragma linkname twice cpkg.Twice
/* { dg-final { go-note-lang {^GNU C\+\+} } } */
