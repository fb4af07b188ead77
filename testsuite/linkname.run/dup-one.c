/* With dup-two.c: two units push one target (duplicate.exp).  */
static long f (long x) { return x + 1; }
#pragma linkname f pkg.f
static long v = 1;
#pragma linkname v pkg.v
long use1 (long x) { return f (x) + v; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
