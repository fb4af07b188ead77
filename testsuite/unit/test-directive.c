/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-directive.c - '#pragma linkname' arguments, from tokens lexed here
   the way pragma_lex delivers them: identifiers, narrow strings (without
   quotes), single punctuators, and numbers as "other".  */
#include "unit.h"
#include "linkname/directive.h"

#include <ctype.h>

static struct ln_token toks[64];
static char texts[64][64];

/* Lex LINE (one source line; '\n' starts the next line).  */
static size_t
lex (const char *line)
{
  size_t n = 0;
  unsigned lineno = 1, col = 1;
  for (const char *p = line; *p;)
    {
      if (*p == '\n')
	{
	  lineno++, col = 1, p++;
	  continue;
	}
      if (*p == ' ')
	{
	  col++, p++;
	  continue;
	}
      struct ln_token *t = &toks[n];
      const char *start = p;
      t->line = lineno;
      t->col = col;
      if (isalpha ((unsigned char) *p) || *p == '_')
	{
	  while (isalnum ((unsigned char) *p) || *p == '_')
	    p++;
	  t->kind = LN_TOK_NAME;
	  memcpy (texts[n], start, (size_t) (p - start));
	  t->len = (size_t) (p - start);
	}
      else if (*p == '"')
	{
	  for (p++; *p != '"'; p++)
	    ;
	  p++;
	  t->kind = LN_TOK_STRING;
	  t->len = (size_t) (p - start) - 2;
	  memcpy (texts[n], start + 1, t->len);
	}
      else if (isdigit ((unsigned char) *p))
	{
	  while (isdigit ((unsigned char) *p))
	    p++;
	  t->kind = LN_TOK_OTHER;
	  strcpy (texts[n], "number");
	  t->len = 6;
	}
      else
	{
	  t->kind = LN_TOK_PUNCT;
	  texts[n][0] = *p++;
	  t->len = 1;
	}
      texts[n][t->len] = '\0';
      t->text = texts[n];
      col += (unsigned) (p - start);
      t->end_col = col;
      n++;
    }
  return n;
}

static enum ln_parse_status
parse (const char *line, struct ln_parsed *p)
{
  return ln_parse_pragma (toks, lex (line), p);
}

/* The preprocessor's white space decides whenever it is known (C): across
   a backslash-newline (the next token on the next line, column 1), and
   past column 4096, where GCC counts no columns (0).  Without it, a
   column 0 is read as inside _Pragma: a punctuator joins its
   neighbours, two names stay apart.  */
static void
test_spacing (void)
{
  struct ln_parsed p;
  size_t n = lex ("f pk\ng.g");
  for (size_t i = 0; i < n; i++)
    toks[i].spacing = i == 1 ? LN_SPACING_WHITE : LN_SPACING_NONE;
  CHECK (ln_parse_pragma (toks, n, &p) == LN_PARSE_OK);
  CHECK_STR (p.target, "pkg.g");
  ln_parsed_release (&p);
  toks[2].spacing = LN_SPACING_WHITE; /* "pk\\\n g.g" */
  CHECK (ln_parse_pragma (toks, n, &p) == LN_PARSE_USAGE);
  for (size_t i = 0; i < n; i++)
    toks[i].spacing = LN_SPACING_UNKNOWN;
  /* Columns beyond counting: 'f' and 'aaa' counted, '.' and 'b' not.  */
  n = lex ("f aaa.b");
  toks[2].col = toks[3].col = 0;
  toks[2].end_col = toks[3].end_col = 1;
  CHECK (ln_parse_pragma (toks, n, &p) == LN_PARSE_OK);
  CHECK_STR (p.target, "aaa.b");
  ln_parsed_release (&p);
  n = lex ("f aaa b");
  toks[2].col = 0;
  CHECK (ln_parse_pragma (toks, n, &p) == LN_PARSE_USAGE);
  for (size_t i = 0; i < 64; i++)
    toks[i].spacing = LN_SPACING_UNKNOWN;
}

void
test_directive (void)
{
  struct ln_parsed p;

  test_spacing ();

  CHECK (parse ("", &p) == LN_PARSE_USAGE);
  CHECK_STR (p.message, LN_USAGE);
  CHECK (parse ("f a b", &p) == LN_PARSE_USAGE);
  CHECK (p.err_token == 2);
  CHECK (parse ("f runtime. nanotime", &p) == LN_PARSE_USAGE);

  CHECK (parse ("tick", &p) == LN_PARSE_OK);
  CHECK_STR (p.local, "tick");
  CHECK (p.target == NULL);
  ln_parsed_release (&p);

  CHECK (parse ("helper runtime.helper", &p) == LN_PARSE_OK);
  CHECK_STR (p.local, "helper");
  CHECK_STR (p.target, "runtime.helper");
  ln_parsed_release (&p);

  CHECK (parse ("l runtime.internal.atomic.Load", &p) == LN_PARSE_OK);
  CHECK_STR (p.target, "runtime.internal.atomic.Load");
  ln_parsed_release (&p);

  /* Joined as written; the target check rejects the '/' later.  */
  CHECK (parse ("l sync/atomic.Load", &p) == LN_PARSE_OK);
  CHECK_STR (p.target, "sync/atomic.Load");
  ln_parsed_release (&p);

  CHECK (parse ("n \"runtime.nanotime1\"", &p) == LN_PARSE_OK);
  CHECK_STR (p.target, "runtime.nanotime1");
  ln_parsed_release (&p);

  /* From _Pragma: every token at one place.  Names stay apart, a
     punctuator joins its neighbours.  */
  size_t n = lex ("f runtime.x");
  for (size_t i = 0; i < n; i++)
    toks[i].col = 1, toks[i].end_col = 8;
  CHECK (ln_parse_pragma (toks, n, &p) == LN_PARSE_OK);
  CHECK_STR (p.local, "f");
  CHECK_STR (p.target, "runtime.x");
  ln_parsed_release (&p);
  n = lex ("f a b");
  for (size_t i = 0; i < n; i++)
    toks[i].col = 1, toks[i].end_col = 8;
  CHECK (ln_parse_pragma (toks, n, &p) == LN_PARSE_USAGE);

  /* Tokens on different lines never join.  */
  CHECK (parse ("f a\n.b", &p) == LN_PARSE_USAGE);

  CHECK (parse ("T.M x", &p) == LN_PARSE_BAD_LOCAL);
  CHECK_CONTAINS (p.message, "'T.M' is not a C identifier");
  CHECK (p.local == NULL && p.target == NULL);
  CHECK (parse ("\"f\" x", &p) == LN_PARSE_BAD_LOCAL);
  CHECK (parse ("1 x", &p) == LN_PARSE_BAD_LOCAL);

  CHECK (parse ("f pkg.123", &p) == LN_PARSE_BAD_TARGET_TOKEN);
  CHECK (p.err_token == 3);
  CHECK_CONTAINS (p.message, "write the target as a string literal");
  CHECK (parse ("f \"pkg\"x", &p) == LN_PARSE_BAD_TARGET_TOKEN);
  CHECK_CONTAINS (p.message, "cannot follow the string literal");
  CHECK (parse ("f \"\"", &p) == LN_PARSE_EMPTY_TARGET);
  CHECK (p.err_token == 1);

  CHECK (ln_parse_string_target ("a\0b", 3, &p) == LN_PARSE_NUL_IN_TARGET);
  CHECK (ln_parse_string_target ("", 0, &p) == LN_PARSE_EMPTY_TARGET);
  CHECK (ln_parse_string_target ("pkg.x", 5, &p) == LN_PARSE_OK);
  CHECK_STR (p.target, "pkg.x");
  ln_parsed_release (&p);

  /* Many touching tokens are still one argument.  */
  char longpath[200] = "f a";
  for (int i = 0; i < 30; i++)
    strcat (longpath, ".b");
  CHECK (parse (longpath, &p) == LN_PARSE_OK);
  CHECK (p.target && strlen (p.target) == 61);
  ln_parsed_release (&p);
}
