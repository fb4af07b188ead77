/* The pushing unit: statics, exported under Go-style names.  */
static int helper (int x) { return x + 41; }
#pragma linkname helper runtime.helper
static int secret = 7;
#pragma linkname secret pkg.secret
static int attr_fn (void) __attribute__ ((linkname ("pkg.attr_fn")));
static int attr_fn (void) { return 5; }
static int self (void) { return 9; }
#pragma linkname self

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
