/* Pull: a declaration bound to another name.  */
#pragma linkname pulled cmpx.pulled
extern int pulled (void);
int Use (void) { return pulled (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
