/* C: the pragma is saved in the PCH on the declaration it names (the
   plugin puts it there as an attribute): a pull, a pushed static (the
   pragma first), an export, a pushed variable.  */
extern long nanotime (void);
#pragma linkname nanotime runtime.nanotime1
#pragma linkname helper pkg.helper
static long helper (long x) { return x + 1; }
static long exported (long x) { return x + 2; }
#pragma linkname exported
int counter;
#pragma linkname counter pkg.counter

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
