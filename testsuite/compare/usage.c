/* No argument, and three.  */
#pragma linkname
#pragma linkname a b c
int a (void) { return 6; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
