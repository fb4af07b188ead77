/* With -fsyntax-only no IPA pass runs; the verdict still comes, at the
   end of compilation.  */
/* { dg-do compile } */
/* { dg-options "-fsyntax-only" } */
#pragma linkname missing pkg.m /* { dg-error "missing is not defined" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
