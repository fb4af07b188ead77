/* Two directives for one name: the last one wins.  */
#pragma linkname f cmpx.first
#pragma linkname f cmpx.second
static int f (void) { return 5; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
