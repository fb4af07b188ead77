/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* table.c - directives by local name, and the end-of-unit verdict.
   The messages follow gccgo's (gcc/go/gofrontend/gogo.cc, add_linkname),
   with '#pragma linkname' where gccgo says '//go:linkname'.  */
#include "linkname/table.h"
#include "linkname/mangle.h"
#include "linkname/strmap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ln_table
{
  struct ln_strmap *entries; /* local -> struct ln_entry * */
  struct ln_strmap *others;  /* name -> enum ln_seen bits, as a pointer */
  const char *pkgpath;	     /* for one-argument exports, or NULL */
};

struct ln_table *
ln_table_new (void)
{
  struct ln_table *t = calloc (1, sizeof *t);
  if (!t)
    return NULL;
  t->entries = ln_strmap_new ();
  t->others = ln_strmap_new ();
  if (!t->entries || !t->others)
    {
      ln_table_free (t);
      return NULL;
    }
  return t;
}

void
ln_table_free (struct ln_table *t)
{
  if (!t)
    return;
  for (size_t i = 0; i < ln_strmap_count (t->entries); i++)
    {
      struct ln_entry *e = ln_strmap_value_at (t->entries, i);
      free (e->target);
      free (e->export_name);
      free (e->display);
      free (e);
    }
  ln_strmap_free (t->entries);
  ln_strmap_free (t->others);
  free (t);
}

struct ln_entry *
ln_table_lookup (const struct ln_table *t, const char *local)
{
  return ln_strmap_get (t->entries, local);
}

struct ln_entry *
ln_table_set (struct ln_table *t, const char *local, const char *target,
	      ln_loc loc, enum ln_origin origin)
{
  char *copy = NULL, *export_name = NULL;
  if (target && !(copy = strdup (target)))
    return NULL;
  if (!target && t->pkgpath
      && !(export_name = ln_gccgo_default_name (t->pkgpath, local)))
    {
      free (copy);
      return NULL;
    }
  struct ln_entry *e = ln_table_lookup (t, local);
  if (!e)
    {
      e = calloc (1, sizeof *e);
      const char *key = e ? ln_strmap_put (t->entries, local, e) : NULL;
      if (!key)
	{
	  free (e);
	  free (copy);
	  free (export_name);
	  return NULL;
	}
      e->local = key;
    }
  free (e->target);
  free (e->export_name);
  e->target = copy;
  e->export_name = export_name;
  e->loc = loc;
  e->origin = origin;
  return e;
}

void
ln_table_set_pkgpath (struct ln_table *t, const char *pkgpath)
{
  t->pkgpath = pkgpath;
}

void
ln_table_note_other (struct ln_table *t, const char *name, unsigned seen)
{
  uintptr_t bits = (uintptr_t) ln_strmap_get (t->others, name);
  if ((bits | seen) != bits)
    ln_strmap_put (t->others, name, (void *) (bits | seen));
}

unsigned
ln_table_other (const struct ln_table *t, const char *name)
{
  return (unsigned) (uintptr_t) ln_strmap_get (t->others, name);
}

size_t
ln_table_count (const struct ln_table *t)
{
  return ln_strmap_count (t->entries);
}

struct ln_entry *
ln_table_at (const struct ln_table *t, size_t i)
{
  return ln_strmap_value_at (t->entries, i);
}

int
ln_entry_set_display (struct ln_entry *e, const char *name)
{
  char *copy = strdup (name);
  if (!copy)
    return 0;
  free (e->display);
  e->display = copy;
  return 1;
}

const char *
ln_entry_name (const struct ln_entry *e)
{
  return e->display ? e->display : e->local;
}

const char *
ln_entry_symbol (const struct ln_entry *e)
{
  return e->target ? e->target : e->export_name ? e->export_name : e->local;
}

static const char *
directive_name (const struct ln_entry *e)
{
  return e->origin == LN_FROM_PRAGMA ? "'#pragma linkname'"
				     : "the 'linkname' attribute";
}

/* The reason LOCAL matched no file-scope function or variable.  */
static enum ln_error
explain_not_defined (const struct ln_table *t, const struct ln_entry *e,
		     int strict, char *buf, size_t len)
{
  unsigned other = ln_table_other (t, e->local);
  const char *only_as = (other & LN_SEEN_PARAMETER) ? "a function parameter"
			: (other & LN_SEEN_FIELD) ? "a struct or union member"
			: (other & LN_SEEN_BLOCK_SCOPE)
			  ? "a block-scope declaration"
			  : NULL;
  if (other & (LN_SEEN_TYPE | LN_SEEN_ENUMERATOR))
    {
      if (strict)
	snprintf (buf, len,
		  "%s is not a function; %s is only supported for functions",
		  ln_entry_name (e), directive_name (e));
      else
	snprintf (buf, len,
		  "%s is %s, not a function or variable; %s applies to "
		  "file-scope functions and variables",
		  ln_entry_name (e),
		  (other & LN_SEEN_TYPE) ? "a type" : "an enumeration constant",
		  directive_name (e));
      return LN_ERR_NOT_FUNCTION;
    }
  if (only_as)
    snprintf (buf, len,
	      "%s is not defined at file scope (it is only %s); %s applies "
	      "to file-scope functions and variables",
	      ln_entry_name (e), only_as, directive_name (e));
  else
    snprintf (buf, len, "%s is not defined", ln_entry_name (e));
  return LN_ERR_NOT_DEFINED;
}

unsigned
ln_table_resolve (struct ln_table *t, int strict, ln_error_fn report,
		  void *ctx)
{
  char msg[512];
  unsigned errors = 0;
  /* symbol -> the first defined entry emitted under it */
  struct ln_strmap *symbols = ln_strmap_new ();

  for (size_t i = 0; i < ln_table_count (t); i++)
    {
      struct ln_entry *e = ln_table_at (t, i);
      enum ln_error code;
      const struct ln_entry *other = NULL;
      e->role = LN_ROLE_NONE;

      if (!(e->seen & (LN_SEEN_FUNCTION | LN_SEEN_VARIABLE)))
	code = explain_not_defined (t, e, strict, msg, sizeof msg);
      else if (strict && !(e->seen & LN_SEEN_FUNCTION))
	{
	  code = LN_ERR_NOT_FUNCTION;
	  snprintf (msg, sizeof msg,
		    "%s is not a function; %s is only supported for functions",
		    ln_entry_name (e), directive_name (e));
	}
      else if (!e->defined && !e->target)
	{
	  code = LN_ERR_MISSING_EXTERNAL;
	  snprintf (msg, sizeof msg,
		    "%s missing external name for declaration of %s",
		    directive_name (e), ln_entry_name (e));
	}
      else if (!e->defined)
	{
	  e->role = LN_ROLE_PULL;
	  continue;
	}
      else if (symbols
	       && (other = ln_strmap_get (symbols, ln_entry_symbol (e))))
	{
	  code = LN_ERR_DUPLICATE_SYMBOL;
	  snprintf (msg, sizeof msg,
		    "%s and %s are both defined as symbol '%s'; a symbol can "
		    "have only one definition",
		    ln_entry_name (other), ln_entry_name (e), ln_entry_symbol (e));
	}
      else
	{
	  e->role = e->target ? LN_ROLE_PUSH : LN_ROLE_EXPORT;
	  if (symbols)
	    ln_strmap_put (symbols, ln_entry_symbol (e), e);
	  continue;
	}
      errors++;
      report (ctx, e, code, msg, other);
    }
  ln_strmap_free (symbols);
  return errors;
}
