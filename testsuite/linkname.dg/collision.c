/* A target that another definition in the unit already uses.  */
/* { dg-do compile } */
int taken (void) { return 0; } /* { dg-message "'taken' is defined here" } */
static int h (void) { return 3; }
#pragma linkname h taken /* { dg-error "linkname target 'taken' collides with the definition of 'taken'" } */
int var_taken = 1; /* { dg-message "'var_taken' is defined here" } */
static int v __attribute__ ((linkname ("var_taken"))); /* { dg-error "collides with the definition of 'var_taken'" } */
int use (void) { return h () + v; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
