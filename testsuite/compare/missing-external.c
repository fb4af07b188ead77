/* One argument on a declaration: there is no name to bind it to.  */
#pragma linkname decl
extern int decl (void);
int Use (void) { return decl (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
