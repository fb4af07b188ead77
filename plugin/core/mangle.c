/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* mangle.c - gccgo 12's symbol names.  The rules are gofrontend's
   go_encode_id (go-encode-id.cc) and the component split of
   Backend_name (names.cc); the unit tests hold names read with nm from
   objects that gccgo-12 compiled.  */
#include "linkname/mangle.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An output buffer that counts what it could not hold, like snprintf.  */
struct sink
{
  char *out;
  size_t len, pos;
};

static void
put (struct sink *s, char c)
{
  if (s->pos + 1 < s->len)
    s->out[s->pos] = c;
  s->pos++;
}

static void
put_fmt (struct sink *s, const char *fmt, unsigned long v)
{
  char buf[16];
  snprintf (buf, sizeof buf, fmt, v);
  for (const char *p = buf; *p; p++)
    put (s, *p);
}

static size_t
finish (struct sink *s)
{
  if (s->len)
    s->out[s->pos < s->len ? s->pos : s->len - 1] = '\0';
  return s->pos;
}

static bool
alnum (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	 || (c >= '0' && c <= '9');
}

/* The one-character codes of go-encode-id.cc (Special_char_code).  */
static char
special_code (unsigned char c)
{
  static const char chars[] = "_./*,{}[]()\" ;";
  static const char codes[] = "_0123456789abc";
  const char *p = c ? strchr (chars, c) : NULL;
  return p ? codes[p - chars] : 0;
}

/* Decode the UTF-8 sequence at IN (at most AVAIL bytes) into *RUNE; the
   number of bytes, or 0 when it is not a well-formed sequence.  */
static size_t
utf8_rune (const unsigned char *in, size_t avail, unsigned long *rune)
{
  size_t len = in[0] >= 0xf0 && in[0] < 0xf8	? 4
	       : in[0] >= 0xe0 && in[0] < 0xf0 ? 3
	       : in[0] >= 0xc0 && in[0] < 0xe0 ? 2
					       : 0;
  if (len == 0 || len > avail)
    return 0;
  unsigned long r = in[0] & (0x7fu >> len);
  for (size_t i = 1; i < len; i++)
    {
      if ((in[i] & 0xc0) != 0x80)
	return 0;
      r = (r << 6) | (in[i] & 0x3fu);
    }
  *rune = r;
  return len;
}

static void
encode (struct sink *s, const char *in, size_t inlen)
{
  const unsigned char *p = (const unsigned char *) in;
  for (size_t i = 0; i < inlen;)
    {
      unsigned char c = p[i];
      unsigned long rune;
      size_t n;
      char code;
      if (i == 0 && c >= '0' && c <= '9')
	put_fmt (s, "_x%02lx", c); /* no symbol starts with a digit */
      else if (alnum (c))
	put (s, (char) c);
      else if ((code = special_code (c)))
	{
	  put (s, '_');
	  put (s, code);
	}
      else if (c >= 0x80 && (n = utf8_rune (p + i, inlen - i, &rune)))
	{
	  put_fmt (s, rune < 0x10000 ? "_u%04lx" : "_U%08lx", rune);
	  i += n;
	  continue;
	}
      else
	put_fmt (s, "_x%02lx", c);
      i++;
    }
}

size_t
ln_gccgo_encode_id (const char *in, size_t inlen, char *out, size_t outlen)
{
  struct sink s = { out, outlen, 0 };
  encode (&s, in, inlen);
  return finish (&s);
}

static size_t
fail (char *why, size_t whylen, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  if (why && whylen)
    vsnprintf (why, whylen, fmt, ap);
  va_end (ap);
  return LN_MANGLE_ERROR;
}

static int
hex (char c)
{
  return c >= '0' && c <= '9'   ? c - '0'
	 : c >= 'a' && c <= 'f' ? c - 'a' + 10
	 : c >= 'A' && c <= 'F' ? c - 'A' + 10
				: -1;
}

/* Undo gc's %XX escapes of the package path P (LEN bytes) into BUF.  */
static size_t
unescape_path (const char *p, size_t len, char *buf, const char *goname,
	       char *why, size_t whylen)
{
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    {
      if (p[i] != '%')
	{
	  buf[n++] = p[i];
	  continue;
	}
      int hi, lo;
      if (i + 2 >= len || (hi = hex (p[i + 1])) < 0
	  || (lo = hex (p[i + 2])) < 0)
	return fail (why, whylen, "'%s': '%%' must start a %%XX escape",
		     goname);
      buf[n++] = (char) (hi * 16 + lo);
      i += 2;
    }
  return n;
}

/* A piece of a Go name.  */
struct span
{
  const char *start;
  size_t len;
};

static bool
digits_p (const struct span *c)
{
  if (c->len == 0)
    return false;
  for (size_t i = 0; i < c->len; i++)
    if (c->start[i] < '0' || c->start[i] > '9')
      return false;
  return true;
}

/* funcN: gc's name of the Nth closure of a function.  */
static bool
closure_p (const struct span *c)
{
  struct span n = { c->start + 4, c->len - 4 };
  return c->len > 4 && memcmp (c->start, "func", 4) == 0 && digits_p (&n);
}

size_t
ln_gccgo_mangle (const char *goname, char *out, size_t outlen, char *why,
		 size_t whylen)
{
  struct sink s = { out, outlen, 0 };
  const char *slash = strrchr (goname, '/');
  const char *dot = strchr (slash ? slash : goname, '.');
  if (!strchr (goname, '.'))
    {
      /* A plain symbol (a C function), not a Go name.  */
      for (const char *p = goname; *p; p++)
	put (&s, *p);
      return finish (&s);
    }
  if (!dot)
    return fail (why, whylen,
		 "'%s' has no '.NAME' after its package path", goname);
  if (dot == goname)
    return fail (why, whylen, "'%s' has an empty package path", goname);

  size_t pathlen = (size_t) (dot - goname);
  char *path = malloc (pathlen + 1);
  if (!path)
    return fail (why, whylen, "out of memory");
  size_t n = unescape_path (goname, pathlen, path, goname, why, whylen);
  if (n != LN_MANGLE_ERROR)
    encode (&s, path, n);
  free (path);
  if (n == LN_MANGLE_ERROR)
    return n;

  /* Name, Type.Method or (*Type).Method, then gccgo's unencoded ".."
     suffix, if any.  */
  const char *suffix = strstr (dot, "..");
  const char *end = suffix ? suffix : dot + strlen (dot);
  struct span comp[4];
  int n_comp = 0;
  const char *p = dot + 1;
  bool pointer = false;
  if (p < end && *p == '(')
    {
      /* gc's pointer receiver; gccgo names methods after the type alone
	 (example.com/p.(*T).M is example_0com_1p.T.M).  */
      const char *close = memchr (p, ')', (size_t) (end - p));
      if (p[1] != '*' || !close || close == p + 2 || close + 1 >= end
	  || close[1] != '.' || memchr (p + 2, '.', (size_t) (close - p - 2)))
	return fail (why, whylen,
		     "'%s': a receiver in parentheses is written (*TYPE).METHOD",
		     goname);
      comp[n_comp].start = p + 2;
      comp[n_comp++].len = (size_t) (close - p - 2);
      p = close + 1;
      pointer = true;
    }
  else
    p = dot;
  for (; p < end;)
    {
      const char *next = memchr (p + 1, '.', (size_t) (end - p - 1));
      const char *stop = next ? next : end;
      if (stop == p + 1)
	return fail (why, whylen, "'%s' has an empty name after a '.'",
		     goname);
      if (n_comp == 4)
	break;
      comp[n_comp].start = p + 1;
      comp[n_comp++].len = (size_t) (stop - p - 1);
      p = stop;
    }
  /* gc names a closure F.funcN (in a method, T.M.funcN); gccgo F..funcN.
     A nested one is F.funcN.M in gc, while gccgo numbers every closure
     of F in one sequence: gc's name does not say gccgo's.  */
  int closure = 0;
  if (!suffix && n_comp >= 2 && closure_p (&comp[n_comp - 1])
      && !(pointer && n_comp == 2))
    closure = 1;
  if (n_comp >= 3 && digits_p (&comp[n_comp - 1])
      && closure_p (&comp[n_comp - 2]))
    return fail (why, whylen,
		 "'%s' is a nested closure in gc's numbering; gccgo numbers "
		 "all closures of a function in one sequence (F..funcN), so "
		 "write gccgo's name",
		 goname);
  if (n_comp - closure > 2 || n_comp == 4)
    return fail (why, whylen,
		 "'%s' has more than NAME or TYPE.METHOD after its "
		 "package path; write a '.' in the last path element "
		 "as %%2e",
		 goname);
  for (int i = 0; i < n_comp - closure; i++)
    {
      put (&s, '.');
      encode (&s, comp[i].start, comp[i].len);
    }
  if (closure)
    {
      put (&s, '.');
      put (&s, '.');
      for (size_t i = 0; i < comp[n_comp - 1].len; i++)
	put (&s, comp[n_comp - 1].start[i]);
    }
  for (const char *q = suffix; q && *q; q++)
    put (&s, *q);
  return finish (&s);
}

char *
ln_gccgo_mangle_dup (const char *goname, char *why, size_t whylen)
{
  size_t need = ln_gccgo_mangle (goname, NULL, 0, why, whylen);
  if (need == LN_MANGLE_ERROR)
    return NULL;
  char *s = malloc (need + 1);
  if (!s)
    {
      fail (why, whylen, "out of memory");
      return NULL;
    }
  ln_gccgo_mangle (goname, s, need + 1, NULL, 0);
  return s;
}

char *
ln_gccgo_default_name (const char *pkgpath, const char *local)
{
  struct sink s = { NULL, 0, 0 };
  for (int pass = 0; pass < 2; pass++)
    {
      s.pos = 0;
      encode (&s, pkgpath, strlen (pkgpath));
      put (&s, '.');
      encode (&s, local, strlen (local));
      if (pass == 0 && !(s.out = malloc ((s.len = s.pos + 1))))
	return NULL;
    }
  finish (&s);
  return s.out;
}
