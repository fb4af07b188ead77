/* Errors the handlers give, and __has_attribute.  */
#if !__has_attribute (linkname) || !__has_cpp_attribute (gnu::linkname)
#error "no linkname attribute"
#endif
int bad [[gnu::linkname ("a/b")]]; /* { dg-error "'/' is not allowed in a symbol name" } */
int num [[gnu::linkname (1)]]; /* { dg-error "must be a narrow string literal" } */
#pragma linkname ok "pkg/ok" /* { dg-error "'/' is not allowed in a symbol name" } */
int ok;

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
