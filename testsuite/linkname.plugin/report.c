/* Directives of every role, for the report test (report.sh).  */
static int helper (int x) { return x + 1; }
#pragma linkname helper sync/atomic.Load
static int exported (void) { return 2; }
#pragma linkname exported
static int counter = 3;
#pragma linkname counter pkg.counter
extern int pulled (void);
#pragma linkname pulled "example.com/gofn.Sub"
int use (void) { return pulled () + helper (counter) + exported (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
