/* gc's text for the wrong number of fields.  */
/* { dg-do compile } */
/* { dg-symabis "symabis-bad-fields.txt" } */
/* { dg-error "1: invalid symabi: syntax is \"def sym abi\"" "" { target *-*-* } 1 } */
int x;

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
