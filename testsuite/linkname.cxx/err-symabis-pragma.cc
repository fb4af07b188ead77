// '#pragma linkname_symabis' diagnostics in C++, errors at the field.
/* { dg-do compile } */
#pragma linkname_symabis def a.b ABI1 /* { dg-error "invalid symabi: unknown abi \"ABI1\"" } */
#pragma linkname_symabis ref a /* { dg-error "invalid symabi: syntax is \"ref sym abi\"" } */
long g (long a)
{
#pragma linkname_symabis def a ABI0 /* { dg-error "'#pragma linkname_symabis' is only allowed at file scope" } */
  return a;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
