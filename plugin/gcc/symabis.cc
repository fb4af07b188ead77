/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* symabis.cc - -fplugin-arg-linkname-symabis=FILE, the other direction of
   the Go change mirrored here: symbols that assembly defines or
   references with ABI0.

   def SYM ABI0, C declares SYM:  C calls go to SYM..sysv, a COMDAT hidden
				  SysV-to-ABI0 thunk each unit may emit;
   def SYM ABI0, C defines SYM:   an error (cmd/compile: "defined in both
				  Go and assembly");
   ref SYM ABI0, C defines SYM:   SYM.abi0, the ABI0 entry thunk, even
				  without a linkname.
   x86-64 only, like the thunks themselves.

   The same lines may come as '#pragma linkname_symabis VERB SYMBOL ABI'
   (linkname/symabis.h), through the preprocessor; a file given as an
   option is added to the dependency output (-MD, -MMD), so that make and
   ccache's depend mode see it change.  */
#include "linkname.h"
#include "linkname/strmap.h"
#include "linkname/symabis.h"

#include <stdio.h>
#include <sys/stat.h>

static struct ln_symabis *symabis;	   /* from the file */
static struct ln_symabis *pragma_symabis; /* from the pragmas */

/* Read, so that make may depend on it.  */
static bool symabis_read;

void
linkname_symabis_add_dependency (void)
{
  if (linkname_options.symabis && symabis_read)
    linkname_add_dependency (linkname_options.symabis);
}

void
linkname_symabis_pragma (const struct ln_token *toks, size_t n,
			 const location_t *locs, location_t pragma_loc)
{
  if (!pragma_symabis && !(pragma_symabis = ln_symabis_new ()))
    fatal_error (pragma_loc, "linkname: out of memory");
  char err[512];
  size_t at;
  if (ln_symabis_add_pragma (pragma_symabis, toks, n, linkname_options.pkgpath,
			     err, sizeof err, &at))
    error_at (at < n ? locs[at] : pragma_loc, "%s", err);
}

/* A malformed line of the file, for linkname_file_errors.  */
struct bad_line
{
  unsigned line, col;
  char *message;
};

static void
collect_bad_line (void *ctx, unsigned line, unsigned col, const char *message)
{
  bad_line b = { line, col, xstrdup (message) };
  ((vec<bad_line> *) ctx)->safe_push (b);
}

/* Each of BAD, an error at its line and column of FILE, in GCC's own
   form (FILE:LINE:COL: error:).  */
static void
report_bad_lines (const char *file, vec<bad_line> *bad)
{
  unsigned i;
  bad_line *b;
  linkname_file_location_start (file);
  FOR_EACH_VEC_ELT (*bad, i, b)
    {
      error_at (linkname_file_location (b->line, b->col), "%s", b->message);
      free (b->message);
    }
  linkname_file_location_end ();
}

void
linkname_symabis_load (void)
{
  const char *file = linkname_options.symabis;
  if (!file)
    return;
  FILE *f = fopen (file, "rb");
  if (!f)
    {
      error ("cannot read symabis file %qs: %m", file);
      return;
    }
  struct stat st;
  if (fstat (fileno (f), &st) == 0 && S_ISDIR (st.st_mode))
    {
      fclose (f);
      error ("cannot read symabis file %qs: it is a directory", file);
      return;
    }
  char *text = NULL;
  size_t len = 0, cap = 0, n;
  char chunk[8192];
  while ((n = fread (chunk, 1, sizeof chunk, f)) > 0)
    {
      if (len + n > cap)
	text = XRESIZEVEC (char, text, cap = (len + n) * 2);
      memcpy (text + len, chunk, n);
      len += n;
    }
  bool failed = ferror (f);
  fclose (f);
  if (failed)
    {
      free (text);
      error ("cannot read symabis file %qs: %m", file);
      return;
    }
  auto_vec<bad_line> bad;
  unsigned nbad;
  symabis = ln_symabis_read (text ? text : "", len, linkname_options.pkgpath,
			     collect_bad_line, &bad, &nbad);
  free (text);
  if (!symabis)
    fatal_error (UNKNOWN_LOCATION, "linkname: out of memory");
  symabis_read = true;
  if (nbad)
    report_bad_lines (file, &bad);
}

/* Emit SYM..sysv once per unit, and point DECL's calls at it.  */
static void
call_through_sysv_thunk (tree decl, const char *sym)
{
  static struct ln_strmap *emitted;
  char *thunk = concat (sym, LN_SYSV_SUFFIX, NULL);
  if (!emitted)
    emitted = ln_strmap_new ();
  if (!ln_strmap_get (emitted, thunk))
    {
      if (!linkname_emit_sysv_thunk (decl, sym, thunk))
	{
	  free (thunk);
	  return;
	}
      ln_strmap_put (emitted, thunk, (void *) 1);
    }
  set_user_assembler_name (decl, thunk);
  free (thunk);
}

void
linkname_symabis_apply (void)
{
  if ((!symabis && !pragma_symabis) || linkname_options.abi0 == LN_ABI0_NO
      || !linkname_target_has_abi0 ())
    return;
  auto_vec<cgraph_node *> nodes;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    nodes.safe_push (node);
  unsigned i;
  FOR_EACH_VEC_ELT (nodes, i, node)
    {
      tree decl = node->decl;
      const char *sym = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
      if (*sym == '*')
	sym++;
      unsigned from_file = ln_symabis_lookup (symabis, sym);
      unsigned abi = from_file | ln_symabis_lookup (pragma_symabis, sym);
      if (!(abi & (LN_DEF_ABI0 | LN_REF_ABI0)))
	continue;
      if (node->definition && !DECL_EXTERNAL (decl))
	{
	  if (from_file & LN_DEF_ABI0)
	    error_at (DECL_SOURCE_LOCATION (decl),
		      "%qs is defined both here and in ABI0 assembly "
		      "(symabis file %qs says 'def %s ABI0')",
		      sym, linkname_options.symabis, sym);
	  else if (abi & LN_DEF_ABI0)
	    error_at (DECL_SOURCE_LOCATION (decl),
		      "%qs is defined both here and in ABI0 assembly "
		      "(%<#pragma linkname_symabis def %s ABI0%>)", sym, sym);
	  else if (TREE_PUBLIC (decl))
	    {
	      /* Only assembly calls it now: keep it, under its name (also
		 an inline one in a COMDAT group, whose thunk joins it).  */
	      linkname_make_global (decl);
	      node->force_output = true;
	      linkname_emit_called_thunk (decl, sym,
					  DECL_SOURCE_LOCATION (decl));
	    }
	}
      else if (abi & LN_DEF_ABI0)
	call_through_sysv_thunk (decl, sym);
    }
}
