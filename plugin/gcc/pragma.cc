/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* pragma.cc - '#pragma linkname LOCAL [TARGET]', and
   '#pragma linkname_symabis VERB SYMBOL ABI' (symabis.cc).

   pragma_lex splits 'runtime.nanotime1' into NAME '.' NAME; the tokens
   are handed to the core with their columns, and the core joins the
   touching ones back into one argument (directive.c).  The pragma is not
   macro-expanded, like //go:linkname.  */
#include "linkname.h"

/* One lexed token, converted for the core.  Strings keep their bytes in
   the STRING_CST, identifiers in the identifier: both outlive the pragma.  */
static struct ln_token
convert_token (enum cpp_ttype type, tree value, location_t loc)
{
  struct ln_token t;
  t.spacing = LN_SPACING_UNKNOWN;
  expanded_location start = expand_location (loc);
  t.line = start.line;
  t.col = start.column;
  t.end_col = LOCATION_COLUMN (get_finish (loc)) + 1;
  if (type == CPP_NAME && value && TREE_CODE (value) == IDENTIFIER_NODE)
    {
      t.kind = LN_TOK_NAME;
      t.text = IDENTIFIER_POINTER (value);
      t.len = IDENTIFIER_LENGTH (value);
    }
  else if (type == CPP_STRING && value && TREE_CODE (value) == STRING_CST)
    {
      t.kind = LN_TOK_STRING;
      t.text = TREE_STRING_POINTER (value);
      t.len = TREE_STRING_LENGTH (value) - 1; /* without the final NUL */
    }
  else if (type <= CPP_LAST_PUNCTUATOR)
    {
      t.kind = LN_TOK_PUNCT;
      t.text = cpp_type2name (type, 0);
      t.len = strlen (t.text);
    }
  else
    {
      t.kind = LN_TOK_OTHER;
      t.text = type == CPP_NUMBER ? "number" : "token";
      t.len = strlen (t.text);
    }
  if (t.end_col <= t.col)
    t.end_col = t.col + (unsigned) t.len;
  return t;
}

/* Is NEXT, the token cpp has next, the one pragma_lex then returned as
   TYPE and VALUE?  */
static bool
same_token (const cpp_token *next, enum cpp_ttype type, tree value)
{
  if (!next || next->type != type)
    return false;
  if (type != CPP_NAME)
    return type <= CPP_LAST_PUNCTUATOR;
  return value && HT_IDENT_TO_GCC_IDENT (HT_NODE (next->val.node.node)) == value;
}

/* The rest of the pragma NAME's line, as tokens for the core; false
   (after an error) inside a function.  PFILE is cpp's reader.  */
static bool
lex_rest (cpp_reader *pfile, const char *name, vec<struct ln_token> *toks,
	  vec<location_t> *locs)
{
  location_t pragma_loc = input_location;
  tree value;
  location_t loc;
  enum cpp_ttype type;
  /* Columns cannot tell 'a.b' from 'a . b' inside the _Pragma operator
     (every token has its location; after -E, they can), past column
     4096 (GCC stops counting), nor across a backslash-newline.  In C the
     parser lexes a pragma's tokens one at a time, as pragma_lex asks for
     them, so the token cpp has next is the one pragma_lex returns next,
     with its white space; peek at it then, never past a string, after
     which the parser has looked ahead.  C++ lexes the whole file first:
     columns, or the joining rule, there.  */
  bool peek = false;
  const cpp_token *next = NULL;
  while ((type = pragma_lex (&value, &loc)) != CPP_EOF)
    {
      struct ln_token t = convert_token (type, value, loc);
      if (peek && same_token (next, type, value))
	t.spacing = next->flags & PREV_WHITE ? LN_SPACING_WHITE
					     : LN_SPACING_NONE;
      toks->safe_push (t);
      locs->safe_push (loc);
      peek = !linkname_cxx && pfile && cpp_peek_token && type != CPP_STRING;
      next = peek ? cpp_peek_token (pfile, 0) : NULL;
    }
  if (!current_function_decl)
    return true;
  error_at (pragma_loc, "%<#pragma %s%> is only allowed at file scope, "
			"outside functions", name);
  return false;
}

static void
handle_pragma_linkname (cpp_reader *pfile)
{
  auto_vec<struct ln_token> toks;
  auto_vec<location_t> locs;
  location_t pragma_loc = input_location;
  if (!lex_rest (pfile, "linkname", &toks, &locs))
    return;
  struct ln_parsed p;
  if (ln_parse_pragma (toks.address (), toks.length (), &p) != LN_PARSE_OK)
    {
      location_t where = p.err_token < locs.length () ? locs[p.err_token]
						       : pragma_loc;
      if (p.status == LN_PARSE_USAGE)
	where = pragma_loc;
      error_at (where, "%s", p.message);
      ln_parsed_release (&p);
      return;
    }
  linkname_record (p.local, p.target, locs[0], LN_FROM_PRAGMA);
  /* A directive after the declaration: look LOCAL up now, while the file
     scope still exists.  Declarations after it are seen as they come.  */
  linkname_note_decl (identifier_global_value (get_identifier (p.local)));
  ln_parsed_release (&p);
}

static void
handle_pragma_symabis (cpp_reader *pfile)
{
  auto_vec<struct ln_token> toks;
  auto_vec<location_t> locs;
  location_t pragma_loc = input_location;
  if (lex_rest (pfile, "linkname_symabis", &toks, &locs))
    linkname_symabis_pragma (toks.address (), toks.length (), locs.address (),
			     pragma_loc);
}

/* '#pragma linkname_call LOCAL leaf|block' (callclass.cc).  */
static void
handle_pragma_call (cpp_reader *pfile)
{
  auto_vec<struct ln_token> toks;
  auto_vec<location_t> locs;
  location_t pragma_loc = input_location;
  if (!lex_rest (pfile, "linkname_call", &toks, &locs))
    return;
  if (toks.length () != 2 || toks[0].kind != LN_TOK_NAME
      || (toks[1].kind != LN_TOK_NAME && toks[1].kind != LN_TOK_STRING))
    {
      error_at (toks.length () > 2 ? locs[2] : pragma_loc,
		"usage: %<#pragma linkname_call FUNCTION leaf%> or "
		"%<#pragma linkname_call FUNCTION block%>");
      return;
    }
  char *local = xstrndup (toks[0].text, toks[0].len);
  char *kind = xstrndup (toks[1].text, toks[1].len);
  linkname_call_pragma (local, locs[0], kind, locs[1]);
  free (local);
  free (kind);
}

static void
handle_pragma_unsupported (cpp_reader *)
{
  tree value;
  location_t pragma_loc = input_location;
  while (pragma_lex (&value, NULL) != CPP_EOF)
    ;
  error_at (pragma_loc, "%<#pragma linkname%> is not supported in this "
			"language yet; the linkname plugin supports C");
}

void
linkname_register_pragma (bool c_family_ok)
{
  c_register_pragma (NULL, "linkname",
		     c_family_ok ? handle_pragma_linkname
				 : handle_pragma_unsupported);
  c_register_pragma (NULL, "linkname_call",
		     c_family_ok ? handle_pragma_call
				 : handle_pragma_unsupported);
  c_register_pragma (NULL, "linkname_symabis",
		     c_family_ok ? handle_pragma_symabis
				 : handle_pragma_unsupported);
}
