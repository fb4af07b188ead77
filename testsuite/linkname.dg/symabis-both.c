/* cmd/compile: "defined in both Go and assembly".  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-symabis "symabis-ok.txt" } */
long both (long a) { return a; } /* { dg-error "'both' is defined both here and in ABI0 assembly" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
