/* Found by the fuzzer: _Pragma gives all its tokens the location of the
   operator, so a dotted target was split into words (a usage error).  */
/* { dg-do assemble } */
static int f1 (int x) { return x + 1; }
_Pragma ("linkname f1 pkg.sym8")
#define PUSH_F2 _Pragma ("linkname f2 runtime.internal.f2")
static int f2 (int x) { return x + 2; }
PUSH_F2
static int f3 (int x) { return x + 3; }
_Pragma ("linkname f3 \"pkg.quoted\"")
static int f4 (int x) { return x + 4; }
_Pragma ("linkname f4 a b") /* { dg-error "usage: #pragma linkname localname" } */
int use (int y) { return f1 (y) + f2 (y) + f3 (y) + f4 (y); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
