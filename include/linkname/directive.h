/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* directive.h - parsing '#pragma linkname LOCAL [TARGET]' from tokens.

   The GCC layer lexes the pragma with pragma_lex, which splits a Go-style
   path such as runtime.internal.atomic.Load into NAME '.' NAME ... tokens.
   Tokens that touch (same line, one ends where the next begins) are joined
   back into one word, so an unquoted dotted path is one argument while
   'a b c' is three (gccgo's usage error).  */
#ifndef LINKNAME_DIRECTIVE_H
#define LINKNAME_DIRECTIVE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum ln_tok_kind
{
  LN_TOK_NAME,	 /* identifier or keyword */
  LN_TOK_STRING, /* narrow string literal; TEXT is its contents */
  LN_TOK_PUNCT,	 /* punctuator; TEXT is its spelling */
  LN_TOK_OTHER	 /* anything else (numbers, wide strings, ...) */
};

/* White space before a token, as the preprocessor saw it.  */
enum ln_spacing
{
  LN_SPACING_UNKNOWN = 0,
  LN_SPACING_NONE,	/* touches the token before it */
  LN_SPACING_WHITE	/* white space before it */
};

struct ln_token
{
  enum ln_tok_kind kind;
  const char *text; /* NUL-free for NAME/PUNCT; may hold NULs for STRING */
  size_t len;
  unsigned line, col, end_col; /* END_COL: column just past the token */
  enum ln_spacing spacing;     /* what precedes it, when columns cannot
				  tell (the _Pragma operator) */
};

enum ln_parse_status
{
  LN_PARSE_OK,
  LN_PARSE_USAGE,	    /* no argument, or more than two */
  LN_PARSE_BAD_LOCAL,	    /* local name is not an identifier */
  LN_PARSE_BAD_TARGET_TOKEN, /* a token that cannot be part of a bare target */
  LN_PARSE_EMPTY_TARGET,    /* "" */
  LN_PARSE_NUL_IN_TARGET,   /* "a\0b" */
  LN_PARSE_NO_MEMORY
};

struct ln_parsed
{
  enum ln_parse_status status;
  char *local;	/* malloc'd; NULL unless OK */
  char *target; /* malloc'd; NULL for the one-argument form */
  size_t err_token; /* index of the token the error is about */
  char message[256]; /* the error text, when status != OK */
};

/* Parse the N tokens after 'linkname'.  Always fills OUT; free it with
   ln_parsed_release.  */
enum ln_parse_status ln_parse_pragma (const struct ln_token *toks, size_t n,
				      struct ln_parsed *out);
void ln_parsed_release (struct ln_parsed *p);

/* Check the string argument of __attribute__((linkname("..."))): LEN
   bytes, without the terminating NUL.  Fills OUT->target on success.  */
enum ln_parse_status ln_parse_string_target (const char *text, size_t len,
					     struct ln_parsed *out);

/* Do tokens A and B, in this order, make one word (they touch)?  */
int ln_tokens_touch (const struct ln_token *a, const struct ln_token *b);

/* The usage line, shared by the pragma parser and the docs.  */
#define LN_USAGE "usage: #pragma linkname localname [linkname]"

#ifdef __cplusplus
}
#endif

#endif
