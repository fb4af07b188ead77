/* With -fplugin-arg-linkname-mangle=gccgo the target is written as gc
   writes it and encoded as gccgo would.  */
#pragma linkname load sync/atomic.Load
static int load (void) { return 8; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
