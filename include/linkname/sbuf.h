/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* sbuf.h - a growing, NUL-terminated string buffer: the thunk text, the
   object notes and the Go bindings are written with it.  Out of memory is
   sticky: every later append is ignored and ln_sbuf_finish returns
   NULL.  */
#ifndef LINKNAME_SBUF_H
#define LINKNAME_SBUF_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct ln_sbuf
{
  char *p;
  size_t len, cap;
  int failed;
};

#define LN_SBUF_INIT { NULL, 0, 0, 0 }

void ln_sbuf_printf (struct ln_sbuf *b, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));
/* Append N bytes of S.  */
void ln_sbuf_append (struct ln_sbuf *b, const char *s, size_t n);
/* The text (malloc'd, the caller frees it), or NULL when an append
   failed; B is empty again either way.  */
char *ln_sbuf_finish (struct ln_sbuf *b);

#ifdef __cplusplus
}
#endif

#endif
