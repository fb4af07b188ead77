/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   A directory given as the symabis file is an error, not an empty file
   (and, not read, it is not in the -MD output).  */
/* { dg-do compile } */
/* { dg-symabis "." } */
/* { dg-error "cannot read symabis file .*: it is a directory" "" { target *-*-* } 0 } */
int x;
