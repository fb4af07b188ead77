/* An asm label is a rename of its own: both on one declaration is an
   error, unless they agree.  */
/* { dg-do compile } */
int lab (void) __asm__ ("xlab");
int lab (void) { return 0; }
#pragma linkname lab other /* { dg-error "'lab' already has the assembler name 'xlab' from an asm label" } */
int agree (void) __asm__ ("same.name");
int agree (void) { return 1; }
#pragma linkname agree same.name

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
