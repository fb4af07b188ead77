/* "".name is the package of -fplugin-arg-linkname-pkgpath.  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-fplugin-arg-linkname-pkgpath=mypkg" } */
#pragma linkname_symabis ref "".exported ABI0
long exported (long a) __asm__ ("mypkg.exported");
long exported (long a) { return a; }
/* { dg-final { symbol "mypkg.exported.abi0" FUNC GLOBAL DEFAULT defined } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
