/* A small unit that uses the plugin, for the hygiene tests.  */
#include <stdio.h>
static int probe (void) { return 1; }
#pragma linkname probe pkg.probe
int main (void) { if (probe ()) puts ("probe ok"); return 0; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
