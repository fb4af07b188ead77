/* A directive for a name that is not declared.  */
#pragma linkname nonexist cmpx.nonexist
int f (void) { return 3; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
