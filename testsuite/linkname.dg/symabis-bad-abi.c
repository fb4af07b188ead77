/* An unknown ABI, and a line with too many fields.  */
/* { dg-do compile } */
/* { dg-symabis "symabis-bad-abi.txt" } */
/* In GCC's own form, symabis-bad-abi.txt:2:7: error: (the line and the
   column are those of the symabis file).  */
/* { dg-error "7: invalid symabi: unknown abi \"ABI1\"" "" { target *-*-* } 2 } */
int x;

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
