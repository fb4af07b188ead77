/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* symabis.c - read a symabis file.  The rules and messages follow
   cmd/compile's reader (ssagen.(*SymABIs).ReadSymABIs): fields separated
   by white space, verb def or ref, exactly three fields, ABI0 or
   ABIInternal, "#" comments.  */
#include "linkname/symabis.h"
#include "linkname/strmap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ln_symabis
{
  struct ln_strmap *syms; /* symbol -> bits */
};

void
ln_symabis_free (struct ln_symabis *s)
{
  if (!s)
    return;
  ln_strmap_free (s->syms);
  free (s);
}

unsigned
ln_symabis_lookup (const struct ln_symabis *s, const char *symbol)
{
  return s ? (unsigned) (uintptr_t) ln_strmap_get (s->syms, symbol) : 0;
}

static int
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Split LINE into at most 4 fields (NUL-terminating them in place).  */
static int
split_fields (char *line, char *fields[4])
{
  int n = 0;
  for (char *p = line; *p && n < 4;)
    {
      while (is_space (*p))
	p++;
      if (!*p)
	break;
      fields[n++] = p;
      while (*p && !is_space (*p))
	p++;
      if (*p)
	*p++ = '\0';
    }
  return n;
}

/* Add one line's fields to S.  0, or nonzero with the reason in WHAT
   (2 when out of memory).  */
static int
add_line (struct ln_symabis *s, char *f[4], int nf, const char *pkgpath,
	  char *what, size_t len)
{
  int def = strcmp (f[0], "def") == 0;
  if (!def && strcmp (f[0], "ref") != 0)
    {
      snprintf (what, len, "invalid symabi type \"%s\"; lines are "
			   "'def SYMBOL ABI' or 'ref SYMBOL ABI'", f[0]);
      return 1;
    }
  if (nf != 3)
    {
      snprintf (what, len, "invalid symabi: syntax is \"%s sym abi\"", f[0]);
      return 1;
    }
  unsigned bit;
  if (strcmp (f[2], "ABI0") == 0)
    bit = def ? LN_DEF_ABI0 : LN_REF_ABI0;
  else if (strcmp (f[2], "ABIInternal") == 0)
    bit = def ? LN_DEF_ABIINTERNAL : LN_REF_ABIINTERNAL;
  else
    {
      snprintf (what, len, "invalid symabi: unknown abi \"%s\"", f[2]);
      return 1;
    }
  const char *sym = f[1];
  char *canon = NULL;
  if (strncmp (sym, "\"\".", 3) == 0)
    {
      if (!pkgpath)
	{
	  snprintf (what, len, "symbol '%s' is in the local package (\"\"); "
			       "give its path with "
			       "-fplugin-arg-linkname-pkgpath=PATH", sym);
	  return 1;
	}
      canon = malloc (strlen (pkgpath) + strlen (sym));
      if (!canon)
	goto oom;
      sprintf (canon, "%s.%s", pkgpath, sym + 3);
      sym = canon;
    }
  uintptr_t bits = ln_symabis_lookup (s, sym) | bit;
  if (!ln_strmap_put (s->syms, sym, (void *) bits))
    goto oom;
  free (canon);
  return 0;
oom:
  free (canon);
  snprintf (what, len, "out of memory");
  return 2;
}

struct ln_symabis *
ln_symabis_new (void)
{
  struct ln_symabis *s = calloc (1, sizeof *s);
  if (s && !(s->syms = ln_strmap_new ()))
    {
      free (s);
      s = NULL;
    }
  return s;
}

/* Which of the NF fields F a message of add_line is about: its index,
   or NF for the whole line.  */
static int
bad_field (char *f[4], int nf)
{
  if (strcmp (f[0], "def") != 0 && strcmp (f[0], "ref") != 0)
    return 0;
  if (nf != 3)
    return nf;
  if (strcmp (f[2], "ABI0") != 0 && strcmp (f[2], "ABIInternal") != 0)
    return 2;
  return 1;
}

struct ln_symabis *
ln_symabis_read (const char *text, size_t len, const char *pkgpath,
		 ln_symabis_report report, void *ctx, unsigned *nbad)
{
  *nbad = 0;
  struct ln_symabis *s = ln_symabis_new ();
  if (!s)
    return NULL;
  unsigned lineno = 0;
  for (size_t pos = 0; pos < len; lineno++)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      size_t n = nl ? (size_t) (nl - (text + pos)) : len - pos;
      char *line = malloc (n + 1);
      if (!line)
	{
	  ln_symabis_free (s);
	  return NULL;
	}
      memcpy (line, text + pos, n);
      line[n] = '\0';
      char *f[4];
      int nf = split_fields (line, f);
      char what[300];
      unsigned col = 0;
      int bad = 0;
      /* A NUL byte inside the line would hide the rest of it.  */
      const char *nul = memchr (text + pos, '\0', n);
      if (nul)
	{
	  bad = snprintf (what, sizeof what, "NUL byte in line") > 0;
	  col = (unsigned) (nul - (text + pos)) + 1;
	}
      else if (nf > 0 && f[0][0] != '#')
	{
	  bad = add_line (s, f, nf, pkgpath, what, sizeof what);
	  if (bad == 2)
	    {
	      free (line);
	      ln_symabis_free (s);
	      return NULL;
	    }
	  /* The field, or the verb for a line of the wrong length.  */
	  int k = bad ? bad_field (f, nf) : 0;
	  col = bad ? (unsigned) (f[k < nf ? k : 0] - line) + 1 : 0;
	}
      free (line);
      if (bad)
	{
	  ++*nbad;
	  report (ctx, lineno + 1, col, what);
	}
      pos += n + 1;
    }
  return s;
}

/* The first bad line, for ln_symabis_parse.  */
struct first_error
{
  const char *file;
  char *err;
  size_t errlen;
  int seen;
};

static void
keep_first (void *ctx, unsigned line, unsigned col, const char *message)
{
  struct first_error *fe = ctx;
  (void) col;
  if (!fe->seen++)
    snprintf (fe->err, fe->errlen, "%s:%u: %s", fe->file, line, message);
}

struct ln_symabis *
ln_symabis_parse (const char *file, const char *text, size_t len,
		  const char *pkgpath, char *err, size_t errlen)
{
  struct first_error fe = { file, err, errlen, 0 };
  unsigned nbad;
  struct ln_symabis *s
    = ln_symabis_read (text, len, pkgpath, keep_first, &fe, &nbad);
  if (!s)
    {
      snprintf (err, errlen, "%s: out of memory", file);
      return NULL;
    }
  if (nbad)
    {
      ln_symabis_free (s);
      return NULL;
    }
  return s;
}

/* The text of the touching tokens [FIRST, END) as one field (malloc'd):
   a lone string literal is its contents; otherwise the spellings joined,
   a string literal in quotes (so "".name keeps its meaning).  NULL with
   *BAD set to the offending token, or to END when out of memory.  */
static char *
join_field (const struct ln_token *toks, size_t first, size_t end,
	    size_t *bad)
{
  if (end - first == 1 && toks[first].kind == LN_TOK_STRING)
    {
      const struct ln_token *t = &toks[first];
      if (t->len == 0 || memchr (t->text, '\0', t->len))
	{
	  *bad = first;
	  return NULL;
	}
      char *f = strndup (t->text, t->len);
      if (!f)
	*bad = end;
      return f;
    }
  size_t len = 0;
  for (size_t i = first; i < end; i++)
    {
      const struct ln_token *t = &toks[i];
      if (t->kind == LN_TOK_OTHER
	  || (t->kind == LN_TOK_STRING && memchr (t->text, '\0', t->len)))
	{
	  *bad = i;
	  return NULL;
	}
      len += t->len + 2;
    }
  char *f = malloc (len + 1), *p = f;
  if (!f)
    {
      *bad = end;
      return NULL;
    }
  for (size_t i = first; i < end; i++)
    {
      int quote = toks[i].kind == LN_TOK_STRING;
      if (quote)
	*p++ = '"';
      memcpy (p, toks[i].text, toks[i].len);
      p += toks[i].len;
      if (quote)
	*p++ = '"';
    }
  *p = '\0';
  return f;
}

int
ln_symabis_add_pragma (struct ln_symabis *s, const struct ln_token *toks,
		       size_t n, const char *pkgpath, char *err,
		       size_t errlen, size_t *err_token)
{
  /* Fields as words of touching tokens; a fourth is already too many.  */
  size_t start[5], nf = 0;
  for (size_t i = 0; i < n && nf < 5; i++)
    if (i == 0 || !ln_tokens_touch (&toks[i - 1], &toks[i]))
      start[nf++] = i;
  if (nf == 0 || nf > 4)
    {
      *err_token = n;
      snprintf (err, errlen, "%s", LN_SYMABIS_USAGE);
      return 1;
    }
  char *f[4] = { NULL, NULL, NULL, NULL };
  int bad = 0;
  for (size_t k = 0; k < nf && !bad; k++)
    {
      size_t end = k + 1 < nf ? start[k + 1] : n, at;
      if (!(f[k] = join_field (toks, start[k], end, &at)))
	{
	  bad = 1;
	  *err_token = at;
	  if (at == end)
	    snprintf (err, errlen, "out of memory");
	  else if (toks[at].kind == LN_TOK_STRING)
	    snprintf (err, errlen, "a symabis symbol cannot be empty or "
				   "contain a NUL character");
	  else
	    snprintf (err, errlen, "'%s' cannot be part of a symabis field; "
				   "write the symbol as a string literal",
		      toks[at].text);
	}
    }
  if (!bad)
    {
      char what[300];
      if (add_line (s, f, (int) nf, pkgpath, what, sizeof what))
	{
	  bad = 1;
	  /* Point at the field the message is about.  */
	  int k = bad_field (f, (int) nf);
	  *err_token = k < (int) nf ? start[k] : n;
	  snprintf (err, errlen, "%s", what);
	}
    }
  for (size_t k = 0; k < 4; k++)
    free (f[k]);
  return bad;
}
