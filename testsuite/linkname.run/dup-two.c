/* With dup-one.c: two units push one target (duplicate.exp).  */
static long g (long x) { return x + 2; }
#pragma linkname g pkg.f
static long w = 2;
#pragma linkname w pkg.v
long use2 (long x) { return g (x) + w; }
int main (void) { return 0; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
