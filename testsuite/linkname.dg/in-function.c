/* Like //go:linkname, the pragma belongs at file scope.  */
/* { dg-do compile } */
static int f (void) { return 0; }
int g (void)
{
#pragma linkname f pkg.f /* { dg-error "'#pragma linkname' is only allowed at file scope" } */
  return f ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
