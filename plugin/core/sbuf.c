/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* sbuf.c - a growing string buffer (sbuf.h).  */
#include "linkname/sbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
reserve (struct ln_sbuf *b, size_t more)
{
  if (b->failed)
    return 0;
  if (b->cap - b->len > more)
    return 1;
  size_t cap = (b->cap + more + 1) * 2;
  char *p = realloc (b->p, cap);
  if (!p)
    {
      b->failed = 1;
      return 0;
    }
  b->p = p;
  b->cap = cap;
  return 1;
}

void
ln_sbuf_printf (struct ln_sbuf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (n < 0)
    {
      b->failed = 1;
      return;
    }
  if (!reserve (b, (size_t) n))
    return;
  va_start (ap, fmt);
  vsnprintf (b->p + b->len, b->cap - b->len, fmt, ap);
  va_end (ap);
  b->len += (size_t) n;
}

void
ln_sbuf_append (struct ln_sbuf *b, const char *s, size_t n)
{
  if (!reserve (b, n))
    return;
  memcpy (b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

char *
ln_sbuf_finish (struct ln_sbuf *b)
{
  char *p = b->p;
  if (b->failed)
    {
      free (p);
      p = NULL;
    }
  else if (!p)
    p = calloc (1, 1);
  b->p = NULL;
  b->len = b->cap = 0;
  b->failed = 0;
  return p;
}
