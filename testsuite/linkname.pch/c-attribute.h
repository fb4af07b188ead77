/* C: the attribute stays on the declaration in a PCH (the plugin keeps
   it there), and the units that use the PCH find it: a pull and a
   pushed static.  */
extern long other (void) __attribute__ ((linkname ("pkg.other")));
static long helper (long x) __attribute__ ((linkname ("pkg.helper")));
static long helper (long x) { return x + 1; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
