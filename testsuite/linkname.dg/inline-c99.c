/* A C99 inline definition (no extern) emits no symbol; pushing it cannot
   work, and the error says how to fix it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -std=c99" } */
inline int il (void) { return 1; }
#pragma linkname il il_sym /* { dg-error "'il' is an inline definition that this unit does not emit" } */
int use (void) { return il (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
