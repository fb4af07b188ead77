/* Push: a static function emitted under another name.  */
#pragma linkname pushed cmpx.pushed
static int pushed (void) { return 1; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
