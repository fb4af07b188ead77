/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* table.h - the directives of one translation unit, keyed by local name.

   A directive only records a wish; what LOCAL turns out to be (function or
   variable, defined here or only declared) is learnt while the front end
   parses, and the verdict is taken once, at the end of the unit, as gccgo
   does after parsing all files: push, export, pull, or an error.  */
#ifndef LINKNAME_TABLE_H
#define LINKNAME_TABLE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum ln_origin
{
  LN_FROM_PRAGMA,
  LN_FROM_ATTRIBUTE
};

/* What a name was seen as.  FUNCTION and VARIABLE are file-scope
   declarations that a directive can apply to; the rest only explain why a
   directive found nothing.  */
enum ln_seen
{
  LN_SEEN_FUNCTION = 1u << 0,
  LN_SEEN_VARIABLE = 1u << 1,
  LN_SEEN_TYPE = 1u << 2,
  LN_SEEN_ENUMERATOR = 1u << 3,
  LN_SEEN_PARAMETER = 1u << 4,
  LN_SEEN_FIELD = 1u << 5,
  LN_SEEN_BLOCK_SCOPE = 1u << 6
};

enum ln_role
{
  LN_ROLE_NONE,	  /* not decided yet, or in error */
  LN_ROLE_PUSH,	  /* definition here, emitted under TARGET */
  LN_ROLE_EXPORT, /* definition here, one-argument form: made global */
  LN_ROLE_PULL	  /* declaration only: references go to TARGET */
};

/* A location cookie: the GCC layer stores a location_t here.  */
typedef unsigned long ln_loc;

struct ln_entry
{
  const char *local; /* owned by the table */
  char *display;     /* the name for messages when it is not LOCAL (C++:
			ns::f, while LOCAL is the mangled name), or NULL */
  char *target;	     /* NULL for the one-argument form */
  char *export_name; /* one-argument form with a package path: gccgo's
			default name; else NULL */
  ln_loc loc;	     /* the directive in force (the last one) */
  enum ln_origin origin;
  unsigned seen;   /* enum ln_seen bits for file-scope declarations */
  int defined;	   /* LOCAL has a definition in this unit */
  enum ln_role role;
  int thunk;	   /* an ABI0 thunk was emitted for the definition */
};

struct ln_table;

struct ln_table *ln_table_new (void);
void ln_table_free (struct ln_table *t);

struct ln_entry *ln_table_lookup (const struct ln_table *t, const char *local);

/* Record a directive for LOCAL (TARGET may be NULL).  A later directive
   for the same LOCAL replaces the earlier one, as in gccgo; look the entry
   up first to warn about it.  Returns the entry, or NULL when out of
   memory.  */
struct ln_entry *ln_table_set (struct ln_table *t, const char *local,
			       const char *target, ln_loc loc,
			       enum ln_origin origin);

/* With a package path (-fplugin-arg-linkname-pkgpath), a one-argument
   directive recorded from now on exports LOCAL under gccgo's default
   name, PKGPATH.LOCAL encoded.  PKGPATH must outlive the table.  */
void ln_table_set_pkgpath (struct ln_table *t, const char *pkgpath);

/* Remember that NAME was seen as something no directive can apply to
   (a type, parameter, field, block-scope name), for better messages.  */
void ln_table_note_other (struct ln_table *t, const char *name, unsigned seen);
unsigned ln_table_other (const struct ln_table *t, const char *name);

size_t ln_table_count (const struct ln_table *t);
struct ln_entry *ln_table_at (const struct ln_table *t, size_t i);

/* Give E the name messages use for it (copied); false when out of
   memory.  */
int ln_entry_set_display (struct ln_entry *e, const char *name);
/* The name messages use for E: its display name, else LOCAL.  */
const char *ln_entry_name (const struct ln_entry *e);

/* The symbol a defined entry is emitted under: TARGET, EXPORT_NAME, or
   LOCAL.  */
const char *ln_entry_symbol (const struct ln_entry *e);

enum ln_error
{
  LN_ERR_NOT_DEFINED,
  LN_ERR_NOT_FUNCTION,	  /* variable or type under gccgo-strict, or type */
  LN_ERR_MISSING_EXTERNAL, /* one-argument form on a declaration */
  LN_ERR_DUPLICATE_SYMBOL  /* two definitions emitted under one symbol */
};

/* Called once per error: E is in error; OTHER is the earlier entry of a
   duplicate (else NULL); MESSAGE is the full text.  */
typedef void (*ln_error_fn) (void *ctx, const struct ln_entry *e,
			     enum ln_error code, const char *message,
			     const struct ln_entry *other);

/* Decide every entry's role, in directive order.  STRICT restores gccgo's
   functions-only rule.  Returns the number of errors reported.  */
unsigned ln_table_resolve (struct ln_table *t, int strict, ln_error_fn report,
			   void *ctx);

#ifdef __cplusplus
}
#endif

#endif
