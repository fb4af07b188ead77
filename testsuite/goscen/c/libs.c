/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* libs.c - C that needs libraries at link time: libm's cbrt and the
   shared libxxhash's XXH64 (not XXH_INLINE_ALL), bound by linkname-go
   with -pkg-config libxxhash,linkname-test (testsuite/goscen/run.sh;
   ../pc/linkname-test.pc gives -lm, and the macro below).  */
#ifndef LINKNAME_TEST_PC
#error "compiled without pkg-config --cflags linkname-test"
#endif
#include <math.h>
#include <stddef.h>
#include <xxhash.h>

static double
cube_root (double x)
{
  return cbrt (x);
}
#pragma linkname cube_root libs.Cbrt

static unsigned long long
hash (const void *p, size_t n, unsigned long long seed)
{
  return XXH64 (p, n, seed);
}
#pragma linkname hash libs.XXH64
