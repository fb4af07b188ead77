/* A C definition of a symbol the pragma says assembly defines.  */
/* { dg-do compile { target x86_64-*-* } } */
#pragma linkname_symabis def both ABI0
long both (long a) { return a; } /* { dg-error "'both' is defined both here and in ABI0 assembly \\('#pragma linkname_symabis def both ABI0'\\)" } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
