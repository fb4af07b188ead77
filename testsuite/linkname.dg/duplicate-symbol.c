/* Two definitions pushed to one target: an error at the second directive,
   a note at the first (the assembler would say "already defined").  */
/* { dg-do compile } */
static int g1 (void) { return 1; }
static int g2 (void) { return 2; }
static int g3 (void) { return 3; }
#pragma linkname g1 same /* { dg-message "'g1' is given symbol 'same' here" } */
#pragma linkname g2 same /* { dg-error "g1 and g2 are both defined as symbol 'same'" } */
/* An export under its own name counts too.  */
#pragma linkname g3 /* { dg-message "'g3' is given symbol 'g3' here" } */
static int g4 (void) __attribute__ ((linkname ("g3"))); /* { dg-error "g3 and g4 are both defined as symbol 'g3'" } */
static int g4 (void) { return 4; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
