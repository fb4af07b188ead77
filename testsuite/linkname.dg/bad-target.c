/* A target the assembler cannot take is an error that says what to do,
   never an assembler message.  */
/* { dg-do compile } */
static int f (void) { return 0; }
#pragma linkname f "sync/atomic.Load" /* { dg-error "18: '/' is not allowed in a symbol name; write it in gccgo's encoding, 'sync_1atomic.Load'" } */
#pragma linkname f sync/atomic.Load /* { dg-error "18: '/' is not allowed in a symbol name" } */
#pragma linkname f "9lives" /* { dg-error "18: '9' cannot start a symbol name" } */
#pragma linkname f "pkg.(*T).M" /* { dg-error "'\\(' is not allowed in a symbol name; write it in gccgo's encoding, 'pkg.T.M'" } */
#pragma linkname f "a b" /* { dg-error "' ' is not allowed in a symbol name" } */
#pragma linkname f "" /* { dg-error "empty linkname target" } */
#pragma linkname f "a\0b" /* { dg-error "linkname target contains a NUL character" } */
#pragma linkname f L"wide" /* { dg-error "cannot be part of an unquoted linkname target; write the target as a string literal" } */
#pragma linkname f pkg.123 /* { dg-error "'number' cannot be part of an unquoted linkname target" } */
#pragma linkname f "pkg"x /* { dg-error "cannot follow the string literal" } */
int use (void) { return f (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
