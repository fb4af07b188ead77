/* C++: the pragma names its declaration at the end of the unit, which a
   PCH build does not reach before the PCH is written; the plugin saves
   it on the declaration of that name as it is declared, and the end of
   the unit still checks that the name is one function or variable: a
   pull, a pushed static (the pragma first), an export, a variable.  */
extern "C" long nanotime (void);
#pragma linkname nanotime runtime.nanotime1
#pragma linkname helper pkg.helper
static long helper (long x) { return x + 1; }
long exported (long x) { return x + 2; }
#pragma linkname exported
int counter;
#pragma linkname counter pkg.counter

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
