/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* directive.c - turn the tokens of '#pragma linkname' into a directive.
   No GCC headers: the GCC layer hands over plain tokens (directive.h).  */
#include "linkname/directive.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A run of touching tokens [first, first+count).  */
struct word
{
  size_t first, count;
};

int
ln_tokens_touch (const struct ln_token *a, const struct ln_token *b)
{
  /* The _Pragma operator gives all its tokens one location, so columns
     say nothing (found by the fuzzer: every dotted target was a usage
     error).  The preprocessor's white space says, when the GCC layer
     knows it (C); else, as two names or numbers cannot touch (they would
     be one token), a punctuator is taken to touch its neighbours.  */
  /* The preprocessor's word, whenever the GCC layer has it, is the
     truth: also past column 4096, where GCC stops counting columns, and
     across a backslash-newline, which joins lines without white space.  */
  if (b->spacing != LN_SPACING_UNKNOWN)
    return b->spacing == LN_SPACING_NONE;
  /* A column GCC did not count (0) says no more than _Pragma's.  */
  if (a->line == b->line
      && (a->col == b->col || a->col == 0 || b->col == 0))
    return a->kind == LN_TOK_PUNCT || b->kind == LN_TOK_PUNCT;
  return a->line == b->line && a->end_col == b->col;
}

static enum ln_parse_status
fail (struct ln_parsed *out, enum ln_parse_status st, size_t tok,
      const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (out->message, sizeof out->message, fmt, ap);
  va_end (ap);
  free (out->local);
  out->local = NULL;
  free (out->target);
  out->target = NULL;
  out->status = st;
  out->err_token = tok;
  return st;
}

/* Printable form of token T for messages (strings are not quoted back).  */
static const char *
spelling (const struct ln_token *t)
{
  return t->kind == LN_TOK_STRING ? "string literal" : t->text;
}

/* Join the touching tokens of W into one bare target; names and
   punctuators only.  */
static enum ln_parse_status
join_bare_target (const struct ln_token *toks, struct word w,
		  struct ln_parsed *out)
{
  size_t len = 0;
  for (size_t i = w.first; i < w.first + w.count; i++)
    {
      const struct ln_token *t = &toks[i];
      if (t->kind != LN_TOK_NAME && t->kind != LN_TOK_PUNCT)
	return fail (out, LN_PARSE_BAD_TARGET_TOKEN, i,
		     "'%s' cannot be part of an unquoted linkname target; "
		     "write the target as a string literal",
		     spelling (t));
      len += t->len;
    }
  char *s = malloc (len + 1);
  if (!s)
    return fail (out, LN_PARSE_NO_MEMORY, w.first, "out of memory");
  char *p = s;
  for (size_t i = w.first; i < w.first + w.count; i++)
    {
      memcpy (p, toks[i].text, toks[i].len);
      p += toks[i].len;
    }
  *p = '\0';
  out->target = s;
  return LN_PARSE_OK;
}

static enum ln_parse_status
string_target (const struct ln_token *t, size_t index, struct ln_parsed *out)
{
  if (t->len == 0)
    return fail (out, LN_PARSE_EMPTY_TARGET, index,
		 "empty linkname target; give the symbol name, or leave the "
		 "target out to export the local name");
  if (memchr (t->text, '\0', t->len))
    return fail (out, LN_PARSE_NUL_IN_TARGET, index,
		 "linkname target contains a NUL character");
  out->target = strndup (t->text, t->len);
  if (!out->target)
    return fail (out, LN_PARSE_NO_MEMORY, index, "out of memory");
  return LN_PARSE_OK;
}

enum ln_parse_status
ln_parse_pragma (const struct ln_token *toks, size_t n, struct ln_parsed *out)
{
  memset (out, 0, sizeof *out);

  /* Split into words; three words is already a usage error, so stop.  */
  struct word words[3];
  size_t nwords = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0 && ln_tokens_touch (&toks[i - 1], &toks[i]))
	{
	  words[nwords - 1].count++;
	  continue;
	}
      if (nwords == 2)
	return fail (out, LN_PARSE_USAGE, i, LN_USAGE);
      words[nwords++] = (struct word) { i, 1 };
    }
  if (nwords == 0)
    return fail (out, LN_PARSE_USAGE, 0, LN_USAGE);

  const struct ln_token *local = &toks[words[0].first];
  if (words[0].count != 1 || local->kind != LN_TOK_NAME)
    {
      /* Name the whole first word: "T.M", not just "T".  */
      char buf[128];
      size_t len = 0;
      for (size_t i = words[0].first;
	   i < words[0].first + words[0].count && len < sizeof buf - 1; i++)
	len += (size_t) snprintf (buf + len, sizeof buf - len, "%s",
				  spelling (&toks[i]));
      return fail (out, LN_PARSE_BAD_LOCAL, words[0].first,
		   "'%s' is not a C identifier; the local name of "
		   "'#pragma linkname' names a file-scope function or variable",
		   buf);
    }
  out->local = strndup (local->text, local->len);
  if (!out->local)
    return fail (out, LN_PARSE_NO_MEMORY, 0, "out of memory");

  if (nwords == 2)
    {
      struct word w = words[1];
      const struct ln_token *t = &toks[w.first];
      enum ln_parse_status st;
      if (t->kind == LN_TOK_STRING && w.count == 1)
	st = string_target (t, w.first, out);
      else if (t->kind == LN_TOK_STRING)
	st = fail (out, LN_PARSE_BAD_TARGET_TOKEN, w.first + 1,
		   "'%s' cannot follow the string literal; write the whole "
		   "target as one string literal",
		   spelling (&toks[w.first + 1]));
      else
	st = join_bare_target (toks, w, out);
      if (st != LN_PARSE_OK)
	return st;
    }
  out->status = LN_PARSE_OK;
  return LN_PARSE_OK;
}

void
ln_parsed_release (struct ln_parsed *p)
{
  free (p->local);
  free (p->target);
  p->local = p->target = NULL;
}

enum ln_parse_status
ln_parse_string_target (const char *text, size_t len, struct ln_parsed *out)
{
  memset (out, 0, sizeof *out);
  struct ln_token t = { LN_TOK_STRING, text, len, 0, 0, 0,
			LN_SPACING_UNKNOWN };
  enum ln_parse_status st = string_target (&t, 0, out);
  out->status = st;
  return st;
}
