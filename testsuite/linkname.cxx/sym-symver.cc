// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
// A push on a function with the symver attribute (C++): as an asm label.
/* { dg-do assemble } */
// GCC wants a versioned symbol default visibility (-fvisibility=hidden).
__attribute__ ((symver ("foo@VERS_1"), linkname ("sv.g"), visibility ("default")))
int g (int x) { return x + 1; }
/* { dg-final { symbol "sv.g" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "foo@VERS_1" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-symbol "_Z1gi" } } */
