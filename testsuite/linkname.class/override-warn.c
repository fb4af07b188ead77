/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* Claiming leaf for a function seen to call what may block is a
   warning that names the culprit; recursion does not block (no
   warning); bad values are errors where they are written.  */
/* { dg-do assemble { target x86_64-*-* } } */
#include <unistd.h>

#pragma linkname rd "pkg.rd"
__attribute__ ((linkname_call ("leaf"))) long rd (int fd, char *b) /* { dg-warning "'rd' is marked 'linkname_call\\(\"leaf\"\\)', which the plugin cannot prove: calls read, which may block" } */
{
  return read (fd, b, 1);
}

#pragma linkname ptr "pkg.ptr"
int ptr (int (*f) (int)) { return f (1); } /* { dg-warning "cannot prove: a call through a pointer" } */
#pragma linkname_call ptr leaf

static int r (int n) { return n < 2 ? n : r (n - 1) + r (n - 2); }
#pragma linkname quiet "pkg.quiet"
__attribute__ ((linkname_call ("leaf"))) int quiet (int n) { return r (n); }

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
#pragma linkname hushed "pkg.hushed"
__attribute__ ((linkname_call ("leaf"))) long hushed (int fd, char *b) { return read (fd, b, 1); }
#pragma GCC diagnostic pop
