/* A variable and a type, under -fplugin-arg-linkname-gccgo-strict:
   functions only, as in gccgo 12.  */
#pragma linkname v cmpx.v
static int v;
#pragma linkname T cmpx.T
typedef int T;
int *use_v (void) { return &v; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
