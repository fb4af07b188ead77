/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-table.c - directives by local name and the end-of-unit verdict.  */
#include "unit.h"
#include "linkname/table.h"

static char last_message[512];
static enum ln_error last_code;
static const struct ln_entry *last_other;
static int reports;

static void
record (void *ctx, const struct ln_entry *e, enum ln_error code,
	const char *message, const struct ln_entry *other)
{
  (void) ctx;
  (void) e;
  reports++;
  last_code = code;
  last_other = other;
  snprintf (last_message, sizeof last_message, "%s", message);
}

static unsigned
resolve (struct ln_table *t, int strict)
{
  reports = 0;
  last_message[0] = '\0';
  return ln_table_resolve (t, strict, record, NULL);
}

void
test_table (void)
{
  struct ln_table *t = ln_table_new ();

  /* Last one wins.  */
  struct ln_entry *e = ln_table_set (t, "f", "a", 1, LN_FROM_PRAGMA);
  CHECK (ln_table_set (t, "f", "b", 2, LN_FROM_PRAGMA) == e);
  CHECK_STR (e->target, "b");
  CHECK (e->loc == 2);
  CHECK (ln_table_count (t) == 1);

  /* Not declared at all.  */
  CHECK (resolve (t, 0) == 1);
  CHECK (last_code == LN_ERR_NOT_DEFINED);
  CHECK_STR (last_message, "f is not defined");

  /* Defined function: push.  */
  e->seen = LN_SEEN_FUNCTION;
  e->defined = 1;
  CHECK (resolve (t, 0) == 0);
  CHECK (e->role == LN_ROLE_PUSH);

  /* Declared only: pull; one-argument: gccgo's error.  */
  e->defined = 0;
  CHECK (resolve (t, 0) == 0 && e->role == LN_ROLE_PULL);
  ln_table_set (t, "f", NULL, 3, LN_FROM_PRAGMA);
  CHECK (resolve (t, 0) == 1);
  CHECK (last_code == LN_ERR_MISSING_EXTERNAL);
  CHECK_STR (last_message,
	     "'#pragma linkname' missing external name for declaration of f");
  CHECK (e->role == LN_ROLE_NONE);
  e->defined = 1;
  CHECK (resolve (t, 0) == 0 && e->role == LN_ROLE_EXPORT);

  /* Variables: fine, unless gccgo-strict.  */
  struct ln_entry *v = ln_table_set (t, "v", "pkg.v", 4, LN_FROM_ATTRIBUTE);
  v->seen = LN_SEEN_VARIABLE;
  v->defined = 1;
  CHECK (resolve (t, 0) == 0 && v->role == LN_ROLE_PUSH);
  CHECK (resolve (t, 1) == 1);
  CHECK (last_code == LN_ERR_NOT_FUNCTION);
  CHECK_STR (last_message, "v is not a function; the 'linkname' attribute "
			   "is only supported for functions");

  /* Two definitions under one symbol: the export of f and a push to "f".  */
  struct ln_entry *g = ln_table_set (t, "g", "f", 5, LN_FROM_PRAGMA);
  g->seen = LN_SEEN_FUNCTION;
  g->defined = 1;
  CHECK (resolve (t, 0) == 1);
  CHECK (last_code == LN_ERR_DUPLICATE_SYMBOL);
  CHECK (last_other == e);
  CHECK_STR (last_message, "f and g are both defined as symbol 'f'; a symbol "
			   "can have only one definition");
  CHECK (g->role == LN_ROLE_NONE && e->role == LN_ROLE_EXPORT);
  /* A pull of the same symbol is no duplicate.  */
  g->defined = 0;
  CHECK (resolve (t, 0) == 0 && g->role == LN_ROLE_PULL);

  /* Why a name matched nothing.  */
  ln_table_set (t, "T", "x", 6, LN_FROM_PRAGMA);
  ln_table_note_other (t, "T", LN_SEEN_TYPE);
  CHECK (resolve (t, 0) == 1);
  CHECK_CONTAINS (last_message, "T is a type, not a function or variable");
  CHECK (resolve (t, 1) == 2); /* and v, strict */
  ln_table_set (t, "T", "x", 6, LN_FROM_PRAGMA);
  ln_table_note_other (t, "prm", LN_SEEN_PARAMETER);
  ln_table_set (t, "prm", "x", 7, LN_FROM_PRAGMA);
  CHECK (ln_table_other (t, "prm") == LN_SEEN_PARAMETER);
  CHECK (resolve (t, 0) == 2);
  CHECK_CONTAINS (last_message, "prm is not defined at file scope (it is "
				"only a function parameter)");
  CHECK_STR (ln_entry_symbol (e), "f");
  CHECK_STR (ln_entry_symbol (v), "pkg.v");
  ln_table_free (t);

  /* A package path names one-argument exports as gccgo does; a
     declaration still lacks an external name; two-argument forms keep
     their target.  */
  t = ln_table_new ();
  ln_table_set_pkgpath (t, "example.com/cmp");
  struct ln_entry *x = ln_table_set (t, "exp_fn", NULL, 1, LN_FROM_PRAGMA);
  CHECK_STR (x->export_name, "example_0com_1cmp.exp__fn");
  CHECK_STR (ln_entry_symbol (x), "example_0com_1cmp.exp__fn");
  struct ln_entry *d = ln_table_set (t, "decl", NULL, 2, LN_FROM_PRAGMA);
  struct ln_entry *p = ln_table_set (t, "push", "x.y", 3, LN_FROM_PRAGMA);
  CHECK (p->export_name == NULL);
  x->seen = d->seen = p->seen = LN_SEEN_FUNCTION;
  x->defined = p->defined = 1;
  CHECK (resolve (t, 0) == 1);
  CHECK (last_code == LN_ERR_MISSING_EXTERNAL);
  CHECK (x->role == LN_ROLE_EXPORT && p->role == LN_ROLE_PUSH);
  /* A push to the exported name is a duplicate.  */
  ln_table_set (t, "push", "example_0com_1cmp.exp__fn", 3, LN_FROM_PRAGMA);
  CHECK (resolve (t, 0) == 2);
  CHECK (last_code == LN_ERR_DUPLICATE_SYMBOL);
  /* Redirected to a target, the export name goes.  */
  ln_table_set (t, "exp_fn", "z.w", 4, LN_FROM_PRAGMA);
  CHECK (x->export_name == NULL);
  ln_table_free (t);
}
