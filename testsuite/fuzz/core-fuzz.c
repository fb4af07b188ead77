/* core-fuzz.c - libFuzzer harness for the pure-C core: the directive
   parser, the attribute-string check, the target check and gccgo's
   mangling, the symabis pragma and the ELF note reader.  Built with clang -fsanitize=fuzzer,address,undefined
   (make fuzz-core).  The first input byte picks the function; the rest
   is its input.  Besides the sanitizers, it checks what the GCC layer
   relies on: messages are NUL-terminated, an error names a token that
   exists, success gives a local name, and output buffers are never
   overrun or left unterminated.  */
#include "linkname/directive.h"
#include "linkname/elfnote.h"
#include "linkname/mangle.h"
#include "linkname/report.h"
#include "linkname/symabis.h"
#include "linkname/target.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TOKENS 16

static void
require (int cond)
{
  if (!cond)
    abort ();
}

/* N tokens were parsed; none for an attribute string, which gives a
   target and no local name.  */
static void
check_parsed (const struct ln_parsed *p, enum ln_parse_status st, size_t n)
{
  require (p->status == st);
  require (memchr (p->message, '\0', sizeof p->message) != NULL);
  if (st == LN_PARSE_OK && n)
    require (p->local != NULL && p->local[0] != '\0');
  else if (st == LN_PARSE_OK)
    require (p->local == NULL && p->target != NULL && p->target[0]);
  else
    require (p->local == NULL && p->target == NULL && p->message[0]
	     && (p->err_token < n || p->err_token == 0));
}

/* Tokens from bytes: kind, line, column, end-column delta, length, text.
   Names, punctuators and others are non-empty and NUL-terminated with no
   NUL inside, as the GCC layer hands them over; strings may hold NULs.
   SYMABIS: the tokens of '#pragma linkname_symabis' instead.  */
static void
fuzz_pragma (int symabis, const uint8_t *d, size_t size)
{
  struct ln_token toks[MAX_TOKENS];
  char *texts[MAX_TOKENS];
  size_t n = 0;
  while (size >= 5 && n < MAX_TOKENS)
    {
      struct ln_token *t = &toks[n];
      size_t len = d[4] % 24;
      if (len > size - 5)
	len = size - 5;
      t->kind = (enum ln_tok_kind) (d[0] % 4);
      if (len == 0 && t->kind != LN_TOK_STRING)
	break; /* pragma_lex never gives an empty name or punctuator */
      t->line = d[1] % 3;
      t->col = d[2] % 40;
      t->end_col = t->col + d[3] % 12;
      t->spacing = (enum ln_spacing) (d[0] / 4 % 3);
      char *s = malloc (len + 1);
      memcpy (s, d + 5, len);
      s[len] = '\0';
      if (t->kind != LN_TOK_STRING)
	for (size_t i = 0; i < len; i++)
	  if (!s[i])
	    s[i] = 'x';
      t->text = texts[n++] = s;
      t->len = len;
      d += 5 + len;
      size -= 5 + len;
    }
  if (symabis)
    {
      struct ln_symabis *s = ln_symabis_new ();
      char err[128];
      size_t at = (size_t) -1;
      if (ln_symabis_add_pragma (s, toks, n, n & 1 ? "p/q" : NULL, err,
				 sizeof err, &at))
	require (at <= n && err[0] && strnlen (err, sizeof err) < sizeof err);
      ln_symabis_free (s);
    }
  else
    {
      struct ln_parsed p;
      enum ln_parse_status st = ln_parse_pragma (toks, n, &p);
      check_parsed (&p, st, n);
      ln_parsed_release (&p);
    }
  for (size_t i = 0; i < n; i++)
    free (texts[i]);
}

/* A NUL-terminated copy of the input, and an output length taken from
   its first byte (small lengths find truncation bugs).  */
static void
fuzz_names (int mangle, const uint8_t *d, size_t size)
{
  if (size < 1)
    return;
  size_t outlen = d[0] % 64;
  char *in = malloc (size);
  memcpy (in, d + 1, size - 1);
  in[size - 1] = '\0';
  char *out = malloc (outlen + 1);
  out[outlen] = '#'; /* a canary just past what the callee may write */
  if (mangle)
    {
      char why[64];
      size_t need = ln_gccgo_mangle (in, out, outlen, why, sizeof why);
      if (need == LN_MANGLE_ERROR)
	require (strnlen (why, sizeof why) < sizeof why);
      else
	require (outlen == 0
		 || (strnlen (out, outlen) < outlen && need >= strlen (out)));
      need = ln_gccgo_encode_id (in, size - 1, out, outlen);
      require (!outlen || strnlen (out, outlen) < outlen);
    }
  else if (outlen && ln_target_check (in, out, outlen))
    require (strnlen (out, outlen) < outlen);
  require (out[outlen] == '#');
  free (out);
  free (in);
}

static int
note_seen (void *arg, const char *member, const char *desc, size_t len)
{
  char version[32];
  require (strlen (member) < 256);
  ln_report_note_lines (desc, len, version, sizeof version);
  ++*(unsigned *) arg;
  return 0;
}

/* An object or archive image: the reader stays inside it.  */
static void
fuzz_elfnote (const uint8_t *d, size_t size)
{
  char *img = malloc (size ? size : 1);
  memcpy (img, d, size);
  unsigned notes = 0;
  struct ln_elfnote_query q = { LN_REPORT_SECTION, LN_REPORT_NOTE_NAME,
				LN_REPORT_NOTE_TYPE, note_seen, &notes, 0, 0 };
  char err[96];
  if (ln_elfnote_walk (img, size, &q, err, sizeof err) == -1)
    require (err[0] && strnlen (err, sizeof err) < sizeof err);
  free (img);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  struct ln_parsed p;
  switch (data[0] % 6)
    {
    case 0:
      fuzz_pragma (0, data + 1, size - 1);
      break;
    case 4:
      fuzz_pragma (1, data + 1, size - 1);
      break;
    case 5:
      fuzz_elfnote (data + 1, size - 1);
      break;
    case 1:
      check_parsed (&p,
		    ln_parse_string_target ((const char *) data + 1, size - 1,
					    &p),
		    0);
      ln_parsed_release (&p);
      break;
    case 2:
      fuzz_names (0, data + 1, size - 1);
      break;
    case 3:
      fuzz_names (1, data + 1, size - 1);
      break;
    }
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
