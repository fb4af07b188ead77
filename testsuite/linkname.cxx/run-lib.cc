/* The pushing unit: definitions a name cannot reach from outside.  */
namespace
{
  int helper [[gnu::linkname ("runtime.helper")]] (int x) { return x + 41; }
}
namespace pkg
{
  static int secret [[gnu::linkname ("pkg.secret")]] = 7;
  int f [[gnu::linkname ("pkg.f")]] (int x) { return x * 2; }
}
extern "C" long cadd (long a, long b) { return a + b; }
#pragma linkname cadd cpkg.Add

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
