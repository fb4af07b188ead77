/* One-argument form: a definition is exported under its own name.  */
/* { dg-do assemble } */
static void tick (void) { }
#pragma linkname tick
static int count;
#pragma linkname count
static int attr_exported (void) __attribute__ ((linkname));
static int attr_exported (void) { return 1; }
/* { dg-final { symbol "tick" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "count" OBJECT GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "attr_exported" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
