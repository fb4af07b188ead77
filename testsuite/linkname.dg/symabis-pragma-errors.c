/* '#pragma linkname_symabis': cmd/compile's symabis rules, each an error
   at the field it is about.  */
/* { dg-do compile } */
#pragma linkname_symabis /* { dg-error "usage: #pragma linkname_symabis def\\|ref SYMBOL ABI0\\|ABIInternal" } */
#pragma linkname_symabis def a b ABI0 /* { dg-error "invalid symabi: syntax is \"def sym abi\"" } */
#pragma linkname_symabis def a b c ABI0 /* { dg-error "usage: #pragma linkname_symabis" } */
#pragma linkname_symabis foo a ABI0 /* { dg-error "invalid symabi type \"foo\"; lines are 'def SYMBOL ABI' or 'ref SYMBOL ABI'" } */
#pragma linkname_symabis ref a /* { dg-error "invalid symabi: syntax is \"ref sym abi\"" } */
#pragma linkname_symabis def a.b ABI1 /* { dg-error "invalid symabi: unknown abi \"ABI1\"" } */
#pragma linkname_symabis def "".x ABI0 /* { dg-error "symbol '\"\".x' is in the local package \\(\"\"\\); give its path with -fplugin-arg-linkname-pkgpath=PATH" } */
#pragma linkname_symabis def pkg.1 ABI0 /* { dg-error "'number' cannot be part of a symabis field; write the symbol as a string literal" } */
#pragma linkname_symabis def "" ABI0 /* { dg-error "a symabis symbol cannot be empty or contain a NUL character" } */
int g (void)
{
#pragma linkname_symabis def a ABI0 /* { dg-error "'#pragma linkname_symabis' is only allowed at file scope" } */
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
