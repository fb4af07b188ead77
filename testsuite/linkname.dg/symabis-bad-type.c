/* A malformed symabis line: an error naming the file and the line.  */
/* { dg-do compile } */
/* { dg-symabis "symabis-bad-type.txt" } */
/* { dg-error "1: invalid symabi type \"deff\"" "" { target *-*-* } 3 } */
int x;

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
