/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-symabis.c - reading symabis files; messages as gc's reader.  */
#include "unit.h"
#include "linkname/symabis.h"

static struct ln_symabis *
parse (const char *text, const char *pkgpath, char *err)
{
  return ln_symabis_parse ("f.symabis", text, strlen (text), pkgpath, err,
			   256);
}

void
test_symabis (void)
{
  char err[256];
  struct ln_symabis *s
    = parse ("# c\n\ndef asm.add ABI0\nref cfn ABI0\n  def\tx  ABIInternal \n"
	     "ref asm.add ABIInternal\ndef \"\".local ABI0", "my/pkg", err);
  CHECK (s != NULL);
  CHECK (ln_symabis_lookup (s, "asm.add") == (LN_DEF_ABI0 | LN_REF_ABIINTERNAL));
  CHECK (ln_symabis_lookup (s, "cfn") == LN_REF_ABI0);
  CHECK (ln_symabis_lookup (s, "x") == LN_DEF_ABIINTERNAL);
  CHECK (ln_symabis_lookup (s, "my/pkg.local") == LN_DEF_ABI0);
  CHECK (ln_symabis_lookup (s, "absent") == 0);
  ln_symabis_free (s);

  CHECK (parse ("def a ABI0\nfoo b ABI0\n", NULL, err) == NULL);
  CHECK_STR (err, "f.symabis:2: invalid symabi type \"foo\"; lines are "
		  "'def SYMBOL ABI' or 'ref SYMBOL ABI'");
  CHECK (parse ("ref a\n", NULL, err) == NULL);
  CHECK_STR (err, "f.symabis:1: invalid symabi: syntax is \"ref sym abi\"");
  CHECK (parse ("\n\n\ndef a ABI9", NULL, err) == NULL);
  CHECK_STR (err, "f.symabis:4: invalid symabi: unknown abi \"ABI9\"");
  CHECK (parse ("def \"\".x ABI0\n", NULL, err) == NULL);
  CHECK_CONTAINS (err, "f.symabis:1: symbol '\"\".x' is in the local package");
  CHECK (ln_symabis_parse ("f", "def a\0 ABI0\n", 12, NULL, err, sizeof err)
	 == NULL);
  CHECK_STR (err, "f:1: NUL byte in line");
  CHECK (ln_symabis_lookup (NULL, "a") == 0);
}

/* Every bad line is reported, with the column of its bad field.  */
static char reported[512];

static void
report (void *ctx, unsigned line, unsigned col, const char *message)
{
  size_t n = strlen (reported);
  (void) ctx;
  snprintf (reported + n, sizeof reported - n, "%u:%u: %s|", line, col,
	    message);
}

void
test_symabis_read (void)
{
  static const char text[] = "def a ABI0\nfoo b ABI0\n  ref c\n"
			     "# ok\nref  d  ABI9\ndef \"\".e ABI0\n"
			     "def g ABI0\nde\0f x ABI0";
  unsigned nbad = 99;
  reported[0] = '\0';
  struct ln_symabis *s
    = ln_symabis_read (text, sizeof text - 1, NULL, report, NULL, &nbad);
  CHECK (s != NULL);
  CHECK (nbad == 5);
  CHECK_STR (reported,
	     "2:1: invalid symabi type \"foo\"; lines are 'def SYMBOL ABI' "
	     "or 'ref SYMBOL ABI'|"
	     "3:3: invalid symabi: syntax is \"ref sym abi\"|"
	     "5:9: invalid symabi: unknown abi \"ABI9\"|"
	     "6:5: symbol '\"\".e' is in the local package (\"\"); give its "
	     "path with -fplugin-arg-linkname-pkgpath=PATH|"
	     "8:3: NUL byte in line|");
  /* The good lines are kept.  */
  CHECK (ln_symabis_lookup (s, "a") == LN_DEF_ABI0);
  CHECK (ln_symabis_lookup (s, "g") == LN_DEF_ABI0);
  ln_symabis_free (s);
}

/* Tokens as pragma_lex gives them for one line, columns from the text:
   a run of non-blank characters is one word; within it, names, strings
   and punctuators are split as cpp splits them.  */
static size_t
lex (const char *text, struct ln_token *toks, char store[][64])
{
  size_t n = 0;
  for (const char *p = text; *p;)
    {
      if (*p == ' ')
	{
	  p++;
	  continue;
	}
      struct ln_token *t = &toks[n];
      const char *b = p;
      t->line = 1;
      t->col = (unsigned) (p - text) + 1;
      t->spacing = LN_SPACING_UNKNOWN;
      if (*p == '"')
	{
	  for (p++; *p != '"'; p++)
	    ;
	  t->kind = LN_TOK_STRING;
	  memcpy (store[n], b + 1, (size_t) (p - b - 1));
	  t->len = (size_t) (p - b - 1);
	  p++;
	}
      else if (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
	{
	  while (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
		 || (*p >= '0' && *p <= '9'))
	    p++;
	  t->kind = LN_TOK_NAME;
	  t->len = (size_t) (p - b);
	  memcpy (store[n], b, t->len);
	}
      else if (*p >= '0' && *p <= '9')
	{
	  while (*p >= '0' && *p <= '9')
	    p++;
	  t->kind = LN_TOK_OTHER;
	  t->len = 6;
	  memcpy (store[n], "number", 6);
	}
      else
	{
	  p++;
	  t->kind = LN_TOK_PUNCT;
	  t->len = 1;
	  store[n][0] = *b;
	}
      store[n][t->len] = '\0';
      t->text = store[n];
      t->end_col = (unsigned) (p - text) + 1;
      n++;
    }
  return n;
}

static int
add (struct ln_symabis *s, const char *text, const char *pkgpath, char *err,
     size_t *at)
{
  struct ln_token toks[32];
  static char store[32][64];
  size_t n = lex (text, toks, store);
  *at = 99;
  return ln_symabis_add_pragma (s, toks, n, pkgpath, err, 256, at);
}

void
test_symabis_pragma (void)
{
  char err[256];
  size_t at;
  struct ln_symabis *s = ln_symabis_new ();
  CHECK (s != NULL);
  CHECK (add (s, "def asm.sum3 ABI0", NULL, err, &at) == 0);
  CHECK (ln_symabis_lookup (s, "asm.sum3") == LN_DEF_ABI0);
  CHECK (add (s, "ref \"\".helper ABI0", "my/pkg", err, &at) == 0);
  CHECK (ln_symabis_lookup (s, "my/pkg.helper") == LN_REF_ABI0);
  CHECK (add (s, "def \"example.com/m/pkg.F\" ABIInternal", NULL, err, &at)
	 == 0);
  CHECK (ln_symabis_lookup (s, "example.com/m/pkg.F") == LN_DEF_ABIINTERNAL);
  CHECK (add (s, "ref asm.sum3 ABIInternal", NULL, err, &at) == 0);
  CHECK (ln_symabis_lookup (s, "asm.sum3")
	 == (LN_DEF_ABI0 | LN_REF_ABIINTERNAL));
  /* Unquoted paths are joined back: a/b.c is one field.  */
  CHECK (add (s, "def a/b.c ABI0", NULL, err, &at) == 0);
  CHECK (ln_symabis_lookup (s, "a/b.c") == LN_DEF_ABI0);

  /* Errors name the field they are about; the whole pragma is N.  */
  CHECK (add (s, "", NULL, err, &at) != 0);
  CHECK_STR (err, LN_SYMABIS_USAGE);
  CHECK (at == 0);
  CHECK (add (s, "def a b c ABI0", NULL, err, &at) != 0);
  CHECK_STR (err, LN_SYMABIS_USAGE);
  CHECK (at == 5);
  CHECK (add (s, "foo a ABI0", NULL, err, &at) != 0);
  CHECK_CONTAINS (err, "invalid symabi type \"foo\"");
  CHECK (at == 0);
  CHECK (add (s, "def a.b ABI1", NULL, err, &at) != 0);
  CHECK_STR (err, "invalid symabi: unknown abi \"ABI1\"");
  CHECK (at == 4);
  CHECK (add (s, "ref a", NULL, err, &at) != 0);
  CHECK_STR (err, "invalid symabi: syntax is \"ref sym abi\"");
  CHECK (at == 2);
  CHECK (add (s, "def \"\".x ABI0", NULL, err, &at) != 0);
  CHECK_CONTAINS (err, "symbol '\"\".x' is in the local package");
  CHECK (at == 1);
  CHECK (add (s, "def a.1 ABI0", NULL, err, &at) != 0);
  CHECK_STR (err, "'number' cannot be part of a symabis field; write the "
		  "symbol as a string literal");
  CHECK (at == 3);
  CHECK (add (s, "def \"\" ABI0", NULL, err, &at) != 0);
  CHECK_CONTAINS (err, "cannot be empty");
  CHECK (at == 1);
  ln_symabis_free (s);
}
