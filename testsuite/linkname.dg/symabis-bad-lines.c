/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   Every bad line of a symabis file is reported, each in GCC's own form
   FILE:LINE:COL: error: at the field it is about (issue 18).  */
/* { dg-do compile } */
/* { dg-symabis "symabis-bad-lines.txt" } */
/* { dg-error "1: invalid symabi type \"foo\"" "" { target *-*-* } 2 } */
/* { dg-error "3: invalid symabi: syntax is \"ref sym abi\"" "" { target *-*-* } 3 } */
/* { dg-error "9: invalid symabi: unknown abi \"ABI9\"" "" { target *-*-* } 5 } */
int x;
