/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* gobind.c - from the plugin's object notes (gonote.h) to Go
   declarations and Go assembly stubs (gobind.h).

   Types.  Integers map by size and sign, _Bool to bool, float and double
   to float32 and float64, size_t to uintptr, a pointer to a type with a
   Go form to a Go pointer to it and any other pointer to unsafe.Pointer.
   A struct becomes a named Go struct with the same size, alignment and
   field offsets: explicit '_ [N]byte' padding where Go would place a
   field earlier than C does, a leading '_ [0]uintN' where C aligns the
   struct more than its fields ask.  A union becomes an array of unsigned
   integers of its alignment.  Anything Go cannot lay out the same way is
   an error, never a guess.

   Stubs, per the call class the plugin proved (gonote.h): 'block'
   through runtime.cgocall and a trampoline that calls the C function as
   C (put_trampoline), 'leaf' and 'bounded' as assembly stubs that call it
   without a transition, the way the runtime calls the vDSO
   (put_fast_stub).  Where the note's locations allow, a stub loads the
   SysV registers itself and calls the C function directly; else it
   calls the function's ABI0 thunk with a copy of the Go frame.  */
#include "gobind.h"
#include "linkname/gonote.h"
#include "linkname/sbuf.h"
#include "linkname/thunk.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tk
{
  T_INT,
  T_UINT,
  T_BOOL,
  T_FLOAT,
  T_COMPLEX,
  T_UINTPTR,
  T_GOINT,
  T_UNSAFE,
  T_PTR,
  T_ARRAY,
  T_REC,
  T_BAD
};

struct ty
{
  enum tk k;
  unsigned size;	   /* scalars */
  unsigned long long n; /* arrays */
  struct ty *elem;	   /* pointers, arrays */
  size_t rec;		   /* T_REC: index in g->recs */
  char *why;		   /* T_BAD */
  struct ty *next_alloc;
};

struct field
{
  char *cname, *ctype;
  unsigned long long offset;
  struct ty *t;
};

struct rec
{
  char *cname, *ctype, *key;
  int is_union;
  unsigned long long size;
  unsigned align;
  struct field *fields;
  size_t nfields;
  /* Go side */
  int checked;	  /* 0 not yet, 1 has a Go form, -1 has none */
  char *why;	  /* why not */
  char *goname;	  /* once used */
};

struct arg
{
  char *cname, *ctype;
  struct ty *t;
  int has_loc;	     /* the note said where GCC passes it */
  struct ln_place loc;
};

/* The call class the plugin proved (gonote.h); LG_BLOCK when the note
   says none.  */
enum lg_class
{
  LG_BLOCK = 0,
  LG_LEAF,
  LG_BOUNDED
};

struct func
{
  char *symbol, *thunk, *why, *origin;
  enum lg_class cls;
  unsigned long long stack_bound; /* LG_BOUNDED: bytes */
  char *class_why;
  int has_entry;		   /* the object has SYMBOL.goentry */
  int nofault;		   /* LG_BOUNDED: the note's nofault line */
  char *fault_why;	   /* LG_BOUNDED: its fault line */
  unsigned long long entry_bound; /* and its stack bound */
  struct arg *args;
  size_t nargs;
  int has_res;
  struct arg res;
  char *goname;
};

struct lg_bind
{
  struct func *funcs;
  size_t nfuncs;
  struct rec *recs;
  size_t nrecs;
  struct ty *all_types;
  size_t *named; /* records in the order they were named */
  size_t nnamed;
  int uses_unsafe;
  int cxx; /* a note's unit is C++ (its lang line) */
  char **renames; /* from, to, from, to, ... */
  size_t nrenames;
};

static void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n ? n : 1, size);
  if (!p)
    {
      fputs ("linkname-go: out of memory\n", stderr);
      exit (2);
    }
  return p;
}

static void *
xgrow (void *p, size_t n, size_t size)
{
  p = realloc (p, (n ? n : 1) * size);
  if (!p)
    {
      fputs ("linkname-go: out of memory\n", stderr);
      exit (2);
    }
  return p;
}

static char *
xstrndup (const char *s, size_t n)
{
  char *p = xcalloc (n + 1, 1);
  memcpy (p, s, n);
  return p;
}

static char *
xstrdup (const char *s)
{
  return xstrndup (s, strlen (s));
}

static char *
xprintf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  char *p = xcalloc ((size_t) n + 1, 1);
  va_start (ap, fmt);
  vsnprintf (p, (size_t) n + 1, fmt, ap);
  va_end (ap);
  return p;
}

struct lg_bind *
lg_new (void)
{
  return xcalloc (1, sizeof (struct lg_bind));
}

void
lg_free (struct lg_bind *g)
{
  if (!g)
    return;
  for (size_t i = 0; i < g->nfuncs; i++)
    {
      struct func *f = &g->funcs[i];
      free (f->symbol);
      free (f->thunk);
      free (f->why);
      free (f->class_why);
      free (f->fault_why);
      free (f->origin);
      free (f->goname);
      for (size_t j = 0; j < f->nargs; j++)
	{
	  free (f->args[j].cname);
	  free (f->args[j].ctype);
	}
      free (f->args);
      free (f->res.cname);
      free (f->res.ctype);
    }
  free (g->funcs);
  for (size_t i = 0; i < g->nrecs; i++)
    {
      struct rec *r = &g->recs[i];
      free (r->cname);
      free (r->ctype);
      free (r->key);
      free (r->why);
      free (r->goname);
      for (size_t j = 0; j < r->nfields; j++)
	{
	  free (r->fields[j].cname);
	  free (r->fields[j].ctype);
	}
      free (r->fields);
    }
  free (g->recs);
  while (g->all_types)
    {
      struct ty *t = g->all_types;
      g->all_types = t->next_alloc;
      free (t->why);
      free (t);
    }
  free (g->named);
  for (size_t i = 0; i < 2 * g->nrenames; i++)
    free (g->renames[i]);
  free (g->renames);
  free (g);
}

/* --- reading notes --------------------------------------------------- */

/* A note's fields: the line split at tabs, in place.  */
#define MAX_FIELDS 8
static size_t
split (char *line, char *f[MAX_FIELDS])
{
  size_t n = 0;
  f[n++] = line;
  for (char *p = line; *p; p++)
    if (*p == '\t' && n < MAX_FIELDS)
      {
	*p = '\0';
	f[n++] = p + 1;
      }
  return n;
}

static struct ty *
new_ty (struct lg_bind *g, enum tk k)
{
  struct ty *t = xcalloc (1, sizeof *t);
  t->k = k;
  t->next_alloc = g->all_types;
  g->all_types = t;
  return t;
}

/* Parse ENC (gonote.h) at *S; record references are local ids, turned
   into indices of g->recs through MAP (NMAP entries).  NULL when the
   text is malformed.  */
static struct ty *
parse_enc (struct lg_bind *g, const char **s, const size_t *map, size_t nmap)
{
  const char *p = *s;
  struct ty *t;
  char *end;
  switch (*p)
    {
    case 'i':
    case 'u':
      {
	unsigned long v = strtoul (p + 1, &end, 10);
	if (v != 1 && v != 2 && v != 4 && v != 8)
	  return NULL;
	t = new_ty (g, *p == 'i' ? T_INT : T_UINT);
	t->size = (unsigned) v;
	*s = end;
	return t;
      }
    case 'f':
    case 'x':
      {
	unsigned long v = strtoul (p + 1, &end, 10);
	if (*p == 'f' ? v != 4 && v != 8 : v != 8 && v != 16)
	  return NULL;
	t = new_ty (g, *p == 'f' ? T_FLOAT : T_COMPLEX);
	t->size = (unsigned) v;
	*s = end;
	return t;
      }
    case 'b':
    case 'U':
    case 'I':
    case 'P':
      t = new_ty (g, *p == 'b'   ? T_BOOL
		     : *p == 'U' ? T_UINTPTR
		     : *p == 'I' ? T_GOINT
				 : T_UNSAFE);
      t->size = *p == 'b' ? 1 : 8;
      *s = p + 1;
      return t;
    case 'p':
      {
	*s = p + 1;
	struct ty *e = parse_enc (g, s, map, nmap);
	if (!e)
	  return NULL;
	t = new_ty (g, T_PTR);
	t->size = 8;
	t->elem = e;
	return t;
      }
    case 'a':
      {
	unsigned long long n = strtoull (p + 1, &end, 10);
	if (end == p + 1 || *end != '_')
	  return NULL;
	*s = end + 1;
	struct ty *e = parse_enc (g, s, map, nmap);
	if (!e)
	  return NULL;
	t = new_ty (g, T_ARRAY);
	t->n = n;
	t->elem = e;
	return t;
      }
    case 's':
      {
	unsigned long id = strtoul (p + 1, &end, 10);
	if (end == p + 1 || id >= nmap)
	  return NULL;
	t = new_ty (g, T_REC);
	t->rec = map[id];
	*s = end;
	return t;
      }
    case '!':
      t = new_ty (g, T_BAD);
      t->why = xstrdup (p + 1);
      *s = p + strlen (p);
      return t;
    default:
      return NULL;
    }
}

static struct ty *
parse_whole (struct lg_bind *g, const char *enc, const size_t *map,
	     size_t nmap)
{
  const char *s = enc;
  struct ty *t = parse_enc (g, &s, map, nmap);
  return t && *s == '\0' ? t : NULL;
}

/* One line of a note, split at its tabs.  */
struct note_line
{
  char *f[MAX_FIELDS];
  size_t n;
};

/* The records of one note, keyed so that the same C type from two
   notes (two functions, two units) is one Go type, and two different
   types of one name are two.  */
struct local_rec
{
  const struct note_line *type;
  const struct note_line **fields;
  size_t nfields;
  struct ln_sbuf key;
};

static int
bad_note (char *err, size_t errlen, const char *origin, const char *what)
{
  snprintf (err, errlen, "%s: malformed linkname note (%s); was it made by "
			 "another version of the plugin?",
	    origin, what);
  return -1;
}

/* The key of record R: its own line and its fields, with references to
   other records by their C type text, which is not local to the note.  */
static void
key_of (struct local_rec *lr, size_t nlr, struct local_rec *r)
{
  char *const *t = r->type->f;
  ln_sbuf_printf (&r->key, "%s|%s|%s|%s|%s|", t[2], t[3], t[4], t[5], t[6]);
  for (size_t j = 0; j < r->nfields; j++)
    {
      char *const *ff = r->fields[j]->f;
      ln_sbuf_printf (&r->key, "%s:%s:", ff[2], ff[3]);
      for (const char *e = ff[4]; *e; e++)
	{
	  if (*e == '!')
	    {
	      ln_sbuf_printf (&r->key, "%s", e);
	      break;
	    }
	  if (*e == 's')
	    {
	      char *end;
	      unsigned long id = strtoul (e + 1, &end, 10);
	      ln_sbuf_printf (&r->key, "s{%s}",
			      id < nlr ? lr[id].type->f[6] : "?");
	      e = end - 1;
	      continue;
	    }
	  ln_sbuf_printf (&r->key, "%c", *e);
	}
      ln_sbuf_printf (&r->key, ";");
    }
}

int
lg_add_note (struct lg_bind *g, const char *text, const char *origin,
	     char *err, size_t errlen)
{
  /* Split every line once, in a copy of the text.  */
  char *copy = xstrdup (text);
  size_t nlines = 0;
  for (const char *p = text; *p; p++)
    nlines += *p == '\n';
  struct note_line *lines = xcalloc (nlines + 1, sizeof *lines);
  nlines = 0;
  for (char *p = copy; p && *p;)
    {
      char *line = p;
      p = strchr (p, '\n');
      if (p)
	*p++ = '\0';
      lines[nlines].n = split (line, lines[nlines].f);
      nlines++;
    }
  int rc = -1, version;
  struct local_rec *lr = NULL;
  size_t nlr = 0, *map = NULL;
  if (nlines < 2 || sscanf (lines[0].f[0], "linkname-go %d", &version) != 1)
    {
      bad_note (err, errlen, origin, "no header");
      goto out;
    }
  /* Format 3 reads formats 1 (one function a note, no "=") and 2 too,
     without their entry lines: format 2's entries take other
     registers (gonote.h).  */
  if (version < 1 || version > LN_GONOTE_VERSION)
    {
      snprintf (err, errlen, "%s: linkname note format %d; this linkname-go "
			     "reads 1 to %d: use the plugin and linkname-go of "
			     "one release",
		origin, version, LN_GONOTE_VERSION);
      goto out;
    }

  /* First the records: the function's types refer to them.  */
  for (size_t i = 1; i < nlines; i++)
    {
      const struct note_line *l = &lines[i];
      if (strcmp (l->f[0], "type") == 0)
	{
	  if (l->n != 7 || strtoul (l->f[1], NULL, 10) != nlr)
	    {
	      bad_note (err, errlen, origin, "a type record");
	      goto out;
	    }
	  lr = xgrow (lr, nlr + 1, sizeof *lr);
	  memset (&lr[nlr], 0, sizeof *lr);
	  lr[nlr++].type = l;
	}
      else if (strcmp (l->f[0], "field") == 0)
	{
	  unsigned long id = strtoul (l->f[1], NULL, 10);
	  if (l->n != 6 || id >= nlr)
	    {
	      bad_note (err, errlen, origin, "a field record");
	      goto out;
	    }
	  struct local_rec *r = &lr[id];
	  r->fields = xgrow (r->fields, r->nfields + 1, sizeof *r->fields);
	  r->fields[r->nfields++] = l;
	}
    }
  for (size_t i = 0; i < nlr; i++)
    key_of (lr, nlr, &lr[i]);
  map = xcalloc (nlr, sizeof *map);
  for (size_t i = 0; i < nlr; i++)
    {
      char *key = ln_sbuf_finish (&lr[i].key);
      size_t k;
      for (k = 0; k < g->nrecs; k++)
	if (strcmp (g->recs[k].key, key) == 0)
	  break;
      map[i] = k;
      if (k < g->nrecs)
	{
	  free (key);
	  continue;
	}
      char *const *t = lr[i].type->f;
      g->recs = xgrow (g->recs, g->nrecs + 1, sizeof *g->recs);
      struct rec *r = &g->recs[g->nrecs++];
      memset (r, 0, sizeof *r);
      r->key = key;
      r->cname = xstrdup (t[2]);
      r->is_union = strcmp (t[3], "u") == 0;
      r->size = strtoull (t[4], NULL, 10);
      r->align = (unsigned) strtoul (t[5], NULL, 10);
      r->ctype = xstrdup (t[6]);
      r->checked = 2; /* fields still to read */
    }
  for (size_t i = 0; i < nlr; i++)
    {
      struct rec *r = &g->recs[map[i]];
      if (r->checked != 2)
	continue;
      r->checked = 0;
      r->fields = xcalloc (lr[i].nfields, sizeof *r->fields);
      for (size_t j = 0; j < lr[i].nfields; j++)
	{
	  char *const *ff = lr[i].fields[j]->f;
	  struct field *fd = &r->fields[r->nfields++];
	  fd->cname = xstrdup (ff[2]);
	  fd->offset = strtoull (ff[3], NULL, 10);
	  fd->ctype = xstrdup (ff[5]);
	  if (!(fd->t = parse_whole (g, ff[4], map, nlr)))
	    {
	      bad_note (err, errlen, origin, "a field type");
	      goto out;
	    }
	}
    }

  /* The functions: each starts at its func line (format 1 has one).  */
  struct func fn;
  memset (&fn, 0, sizeof fn);
  int have_func = 0, nfuncs = 0;
  for (size_t i = 1; i <= nlines; i++)
    {
      char *const *f = i < nlines ? lines[i].f : NULL;
      size_t n = i < nlines ? lines[i].n : 0;
      int ok = 1;
      if (!f || strcmp (f[0], "func") == 0)
	{
	  if (have_func)
	    {
	      fn.origin = xstrdup (origin);
	      g->funcs = xgrow (g->funcs, g->nfuncs + 1, sizeof *g->funcs);
	      g->funcs[g->nfuncs++] = fn;
	      memset (&fn, 0, sizeof fn);
	      have_func = 0;
	      nfuncs++;
	    }
	  if (!f)
	    break;
	  if (n != 4)
	    {
	      bad_note (err, errlen, origin, "the function record");
	      goto out;
	    }
	  fn.symbol = xstrdup (f[1]);
	  /* "=": the thunk is SYMBOL.abi0 (format 2).  */
	  if (strcmp (f[2], "=") == 0)
	    {
	      fn.thunk = xcalloc (strlen (f[1]) + 6, 1);
	      strcat (strcat (fn.thunk, f[1]), ".abi0");
	    }
	  else
	    fn.thunk = strcmp (f[2], "-") == 0 ? NULL : xstrdup (f[2]);
	  fn.why = xstrdup (f[3]);
	  have_func = 1;
	  continue;
	}
      if (strcmp (f[0], "type") == 0 || strcmp (f[0], "field") == 0)
	continue;
      if (!have_func)
	ok = 0;
      else if (strcmp (f[0], "class") == 0 && n == 4 && !fn.class_why)
	{
	  if (strcmp (f[1], "bounded") == 0)
	    fn.cls = LG_BOUNDED;
	  else if (strcmp (f[1], "leaf") == 0)
	    fn.cls = LG_LEAF;
	  else if (strcmp (f[1], "block") == 0)
	    fn.cls = LG_BLOCK;
	  else
	    ok = 0;
	  fn.stack_bound = strtoull (f[2], NULL, 10);
	  fn.class_why = xstrdup (f[3]);
	}
      else if (strcmp (f[0], "entry") == 0 && n == 2 && !fn.has_entry)
	{
	  char *end;
	  fn.entry_bound = strtoull (f[1], &end, 10);
	  ok = *f[1] && !*end;
	  fn.has_entry = version >= 3;
	}
      else if (strcmp (f[0], "nofault") == 0 && n == 1)
	fn.nofault = 1;
      else if (strcmp (f[0], "lang") == 0 && n == 2)
	g->cxx |= strstr (f[1], "C++") != NULL;
      else if (strcmp (f[0], "fault") == 0 && n == 2 && !fn.fault_why)
	fn.fault_why = xstrdup (f[1]);
      else if (strcmp (f[0], "arg") == 0 && (n == 4 || n == 5))
	{
	  fn.args = xgrow (fn.args, fn.nargs + 1, sizeof *fn.args);
	  struct arg *a = &fn.args[fn.nargs++];
	  a->cname = xstrdup (f[1]);
	  a->ctype = xstrdup (f[3]);
	  ok = (a->t = parse_whole (g, f[2], map, nlr)) != NULL;
	  if (ok && n == 5)
	    ok = ln_place_parse (f[4], &a->loc) == 0 && (a->has_loc = 1);
	}
      else if (strcmp (f[0], "res") == 0 && (n == 3 || n == 4) && !fn.has_res)
	{
	  fn.has_res = 1;
	  fn.res.cname = xstrdup ("");
	  fn.res.ctype = xstrdup (f[2]);
	  ok = (fn.res.t = parse_whole (g, f[1], map, nlr)) != NULL;
	  if (ok && n == 4)
	    ok = ln_place_parse (f[3], &fn.res.loc) == 0 && (fn.res.has_loc = 1);
	}
      if (!ok)
	{
	  /* The function so far is kept, for the error it gets.  */
	  fn.origin = xstrdup (origin);
	  g->funcs = xgrow (g->funcs, g->nfuncs + 1, sizeof *g->funcs);
	  g->funcs[g->nfuncs++] = fn;
	  nfuncs = 0;
	  break;
	}
    }
  if (!nfuncs)
    bad_note (err, errlen, origin, "the function record");
  else
    rc = 0;
out:
  for (size_t i = 0; i < nlr; i++)
    {
      free (lr[i].fields);
      free (ln_sbuf_finish (&lr[i].key));
    }
  free (lr);
  free (map);
  free (lines);
  free (copy);
  return rc;
}

/* --- Go types --------------------------------------------------------- */

static unsigned long long
align_up (unsigned long long x, unsigned a)
{
  return a ? (x + a - 1) / a * a : x;
}

static int check_rec (struct lg_bind *g, size_t i);

/* Whether T has a Go form, its Go size and alignment; else why not
   (*WHY, a static or a record's string).  Pointers always have one
   (unsafe.Pointer at worst), so this never follows them: a struct that
   points to itself is no cycle.  */
static int
go_layout (struct lg_bind *g, const struct ty *t, unsigned long long *size,
	   unsigned *align, const char **why)
{
  switch (t->k)
    {
    case T_INT:
    case T_UINT:
    case T_BOOL:
    case T_FLOAT:
    case T_UINTPTR:
    case T_GOINT:
    case T_UNSAFE:
    case T_PTR:
      *size = *align = t->size;
      return 1;
    case T_COMPLEX:
      *size = t->size;
      *align = t->size / 2;
      return 1;
    case T_ARRAY:
      {
	unsigned long long es;
	if (!go_layout (g, t->elem, &es, align, why))
	  return 0;
	*size = es * t->n;
	return 1;
      }
    case T_REC:
      if (!check_rec (g, t->rec))
	{
	  *why = g->recs[t->rec].why;
	  return 0;
	}
      *size = g->recs[t->rec].size;
      *align = g->recs[t->rec].align;
      return 1;
    case T_BAD:
      *why = t->why;
      return 0;
    }
  return 0;
}

static int
rec_fail (struct rec *r, char *why)
{
  r->why = why;
  r->checked = -1;
  return 0;
}

static int
check_rec (struct lg_bind *g, size_t i)
{
  struct rec *r = &g->recs[i];
  if (r->checked)
    return r->checked > 0;
  r->checked = 1;
  if (r->align > 8)
    return rec_fail (r, xprintf ("%s has alignment %u; Go types have 8 at "
				 "most",
				 r->ctype, r->align));
  if (r->is_union)
    return 1; /* an array of its alignment's words */
  unsigned long long off = 0;
  unsigned align = 1;
  for (size_t j = 0; j < r->nfields; j++)
    {
      struct field *fd = &r->fields[j];
      unsigned long long fs;
      unsigned fa;
      const char *why;
      if (!go_layout (g, fd->t, &fs, &fa, &why))
	return rec_fail (r, xprintf ("%s: member '%s' has type '%s': %s",
				     r->ctype, fd->cname, fd->ctype, why));
      if (fs == 0)
	continue;
      if (fd->offset % fa || fd->offset < off)
	return rec_fail (r, xprintf ("%s: member '%s' is at offset %llu, "
				     "where Go cannot place a '%s' (a packed "
				     "struct?)",
				     r->ctype, fd->cname, fd->offset,
				     fd->ctype));
      off = fd->offset + fs;
      if (fa > align)
	align = fa;
    }
  if (align > r->align || off > r->size)
    return rec_fail (r, xprintf ("%s is packed more tightly than Go can "
				 "lay it out",
				 r->ctype));
  return 1;
}

static int
has_go_form (struct lg_bind *g, const struct ty *t, const char **why)
{
  unsigned long long s;
  unsigned a;
  return go_layout (g, t, &s, &a, why);
}

/* --- names ------------------------------------------------------------- */

static const char *const go_keywords[]
  = { "break",	  "case",   "chan",	   "const", "continue", "default",
      "defer",	  "else",   "fallthrough", "for",   "func",	"go",
      "goto",	  "if",	    "import",	   "interface", "map",	"package",
      "range",	  "return", "select",	   "struct", "switch",	"type",
      "var",	  NULL };

static int
is_keyword (const char *s)
{
  for (int i = 0; go_keywords[i]; i++)
    if (strcmp (s, go_keywords[i]) == 0)
      return 1;
  return 0;
}

/* Go's predeclared identifiers (the universe block of Go 1.27; the
   newer ones are ordinary names to Go 1.19, and reserved here all the
   same): the types, the functions the generated code calls, the
   rest.  */
static const char *const go_predeclared[]
  = { /* types */
      "any", "bool", "byte", "comparable", "complex64", "complex128",
      "error", "float32", "float64", "int", "int8", "int16", "int32",
      "int64", "rune", "string", "uint", "uint8", "uint16", "uint32",
      "uint64", "uintptr", NULL,
      /* what the generated code calls */
      "len", "panic", NULL,
      /* the rest */
      "append", "cap", "clear", "close", "complex", "copy", "delete",
      "false", "imag", "iota", "make", "max", "min", "new", "nil", "print",
      "println", "real", "recover", "true", NULL };

/* Whether S is predeclared in Go; ALL: any such name, else only one the
   generated code uses (a type, len or panic).  */
static int
is_predeclared (const char *s, int all)
{
  int lists = all ? 3 : 2;
  const char *const *p = go_predeclared;
  for (int l = 0; l < lists; l++, p++)
    for (; *p; p++)
      if (strcmp (s, *p) == 0)
	return 1;
  return 0;
}

/* Why NAME is one the generated files use at package scope (so that
   no bound function can take it, and a parameter is renamed), or
   NULL.  */
static const char *
generated_name_why (const char *name)
{
  if (strncmp (name, "linkname", 8) == 0)
    return "names beginning with 'linkname' are linkname-go's own";
  if (strcmp (name, "runtime") == 0 || strcmp (name, "syscall") == 0
      || strcmp (name, "unsafe") == 0)
    return "the generated Go file imports a package of that name";
  if (is_predeclared (name, 0))
    return "it would hide Go's predeclared identifier, which the "
	   "generated Go code uses";
  return NULL;
}

static int
is_ident (const char *s)
{
  if (!*s || (*s >= '0' && *s <= '9'))
    return 0;
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
	  || (*p >= '0' && *p <= '9') || *p == '_'))
      return 0;
  return !is_keyword (s);
}

/* A Go identifier from a C name: letters, digits and '_' kept, others
   '_'; CAPITALIZE: 'pair_t' -> 'PairT', 'x' -> 'X'.  */
static char *
go_name (const char *c, int capitalize)
{
  struct ln_sbuf b = LN_SBUF_INIT;
  int up = capitalize;
  for (const char *p = c; *p; p++)
    {
      char ch = *p;
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
	    || (ch >= '0' && ch <= '9')))
	{
	  if (capitalize)
	    {
	      up = 1;
	      continue;
	    }
	  ch = '_';
	}
      if (up && ch >= 'a' && ch <= 'z')
	ch = (char) (ch - 'a' + 'A');
      if (b.len == 0 && ch >= '0' && ch <= '9')
	ln_sbuf_printf (&b, "%c", capitalize ? 'C' : '_');
      ln_sbuf_printf (&b, "%c", ch);
      up = 0;
    }
  char *s = ln_sbuf_finish (&b);
  if (!s)
    exit (2);
  return s;
}

static int
name_taken (const struct lg_bind *g, const char *name)
{
  for (size_t i = 0; i < g->nfuncs; i++)
    if (g->funcs[i].goname && strcmp (g->funcs[i].goname, name) == 0)
      return 1;
  for (size_t i = 0; i < g->nrecs; i++)
    if (g->recs[i].goname && strcmp (g->recs[i].goname, name) == 0)
      return 1;
  return strcmp (name, "linknameGoLayout") == 0;
}

static const char *
rec_goname (struct lg_bind *g, size_t i)
{
  struct rec *r = &g->recs[i];
  if (r->goname)
    return r->goname;
  char *base = go_name (*r->cname ? r->cname : r->is_union ? "union"
							    : "struct",
			1);
  if (!*base)
    {
      free (base);
      base = xstrdup ("C");
    }
  char *name = xstrdup (base);
  for (int n = 2; name_taken (g, name) || is_keyword (name); n++)
    {
      free (name);
      name = xprintf ("%s%d", base, n);
    }
  free (base);
  r->goname = name;
  g->named = xgrow (g->named, g->nnamed + 1, sizeof *g->named);
  g->named[g->nnamed++] = i;
  return name;
}

/* Write T's Go type; it has a Go form.  */
static void
put_go_type (struct lg_bind *g, struct ln_sbuf *b, const struct ty *t)
{
  const char *why;
  switch (t->k)
    {
    case T_INT:
      ln_sbuf_printf (b, "int%u", t->size * 8);
      return;
    case T_UINT:
      ln_sbuf_printf (b, "uint%u", t->size * 8);
      return;
    case T_BOOL:
      ln_sbuf_printf (b, "bool");
      return;
    case T_FLOAT:
      ln_sbuf_printf (b, "float%u", t->size * 8);
      return;
    case T_COMPLEX:
      ln_sbuf_printf (b, "complex%u", t->size * 8);
      return;
    case T_UINTPTR:
      ln_sbuf_printf (b, "uintptr");
      return;
    case T_GOINT:
      ln_sbuf_printf (b, "int");
      return;
    case T_PTR:
      if (has_go_form (g, t->elem, &why))
	{
	  ln_sbuf_printf (b, "*");
	  put_go_type (g, b, t->elem);
	  return;
	}
      /* fall through */
    case T_UNSAFE:
      g->uses_unsafe = 1;
      ln_sbuf_printf (b, "unsafe.Pointer");
      return;
    case T_ARRAY:
      ln_sbuf_printf (b, "[%llu]", t->n);
      put_go_type (g, b, t->elem);
      return;
    case T_REC:
      ln_sbuf_printf (b, "%s", rec_goname (g, t->rec));
      return;
    case T_BAD:
      return;
    }
}

/* One line of a Go struct: NAME TYPE // COMMENT (COMMENT may be NULL).  */
struct go_field_line
{
  char *name, *type, *comment;
};

/* Write struct lines L[0..N) as gofmt aligns them.  gofmt's tabwriter
   (padding 1) pads each cell but a line's last to the widest cell of its
   column among the adjacent lines that have one: every line has a name
   cell followed by more, so names align across the struct; type cells
   align only across runs of lines that carry a comment.  */
static void
put_go_field_lines (struct ln_sbuf *b, const struct go_field_line *l,
		    size_t n)
{
  size_t wname = 0;
  for (size_t j = 0; j < n; j++)
    if (strlen (l[j].name) > wname)
      wname = strlen (l[j].name);
  for (size_t j = 0; j < n;)
    {
      size_t end = j + 1, wtype = 0;
      if (l[j].comment)
	for (end = j; end < n && l[end].comment; end++)
	  if (strlen (l[end].type) > wtype)
	    wtype = strlen (l[end].type);
      for (; j < end; j++)
	if (l[j].comment)
	  ln_sbuf_printf (b, "\t%-*s %-*s %s\n", (int) wname, l[j].name,
			  (int) wtype, l[j].type, l[j].comment);
	else
	  ln_sbuf_printf (b, "\t%-*s %s\n", (int) wname, l[j].name,
			  l[j].type);
    }
}

/* The Go definition of record I, which has a Go form.  */
static void
put_rec_def (struct lg_bind *g, struct ln_sbuf *b, size_t i)
{
  struct rec *r = &g->recs[i];
  ln_sbuf_printf (b, "\n// %s is C's %s (%llu bytes, aligned to %u).\n",
		  r->goname, r->ctype, r->size, r->align);
  if (r->is_union)
    {
      unsigned a = r->align ? r->align : 1;
      ln_sbuf_printf (b, "// A union is an array of its alignment's words; "
			 "pointers in it are not seen by Go's garbage "
			 "collector.\ntype %s [%llu]uint%u\n",
		      r->goname, r->size / a, a * 8);
      return;
    }
  /* Each field's Go size and alignment, once.  */
  unsigned long long *fsize = xcalloc (r->nfields + 1, sizeof *fsize);
  unsigned *falign = xcalloc (r->nfields + 1, sizeof *falign);
  unsigned align = 1;
  for (size_t j = 0; j < r->nfields; j++)
    {
      const char *why;
      go_layout (g, r->fields[j].t, &fsize[j], &falign[j], &why);
      if (falign[j] > align)
	align = falign[j];
    }
  /* At most one line for the alignment, and two per field (padding and
     the field), and one for the trailing padding.  */
  struct go_field_line *l = xcalloc (2 * r->nfields + 2, sizeof *l);
  size_t n = 0;
  if (r->align > align)
    l[n++] = (struct go_field_line) {
      xstrdup ("_"), xprintf ("[0]uint%u", r->align * 8),
      xprintf ("// C aligns it to %u", r->align) };
  unsigned long long off = 0;
  for (size_t j = 0; j < r->nfields; j++)
    {
      struct field *fd = &r->fields[j];
      if (fsize[j] == 0)
	continue;
      if (align_up (off, falign[j]) != fd->offset)
	l[n++] = (struct go_field_line) {
	  xstrdup ("_"), xprintf ("[%llu]byte", fd->offset - off), NULL };
      char *name = *fd->cname ? go_name (fd->cname, 1)
			      : xprintf ("Anon%zu", j);
      for (size_t k = 0; k < n; k++)
	if (strcmp (l[k].name, "_") != 0 && strcmp (l[k].name, name) == 0)
	  {
	    char *n2 = xprintf ("%s_", name);
	    free (name);
	    name = n2;
	    k = (size_t) -1;
	  }
      struct ln_sbuf t = LN_SBUF_INIT;
      put_go_type (g, &t, fd->t);
      char *type = ln_sbuf_finish (&t);
      l[n++] = (struct go_field_line) {
	name, type ? type : xstrdup ("?"),
	xprintf ("// %s %s, offset %llu", fd->ctype, fd->cname,
		 fd->offset) };
      off = fd->offset + fsize[j];
    }
  /* Trailing padding too, though gc would add it: go/types before Go
     1.21 (and so 'go vet') sizes a struct without it.  */
  if (off != r->size)
    l[n++] = (struct go_field_line) {
      xstrdup ("_"), xprintf ("[%llu]byte", r->size - off), NULL };
  ln_sbuf_printf (b, "type %s struct {\n", r->goname);
  put_go_field_lines (b, l, n);
  ln_sbuf_printf (b, "}\n");
  for (size_t j = 0; j < n; j++)
    {
      free (l[j].name);
      free (l[j].type);
      free (l[j].comment);
    }
  free (l);
  free (fsize);
  free (falign);
}

/* --- stubs --------------------------------------------------------------- */

/* Verified from each version's runtime/runtime2.go and the DWARF of a
   program it built (g.stack, g.m, g.sched.sp and m.g0 are the same in
   both: LG_G_*, LG_M_G0).  A version not here gets no fast stubs: its
   build fails with a message (the file linkname_gover_amd64.go).  */
const struct lg_layout lg_layouts[] = {
  { "go1.19", "go119", "go1.19 && !go1.20", 192, 240, 800, 808, 820 },
  { "go1.27", "go127", "go1.27 && !go1.28", 184, 240, 896, 904, 916 },
};
const size_t lg_nlayouts = sizeof lg_layouts / sizeof lg_layouts[0];

const char *const lg_all_files[]
  = { "linkname_amd64.go",	 "linkname_amd64.s",
      "linkname_go119_amd64.go", "linkname_go119_amd64.s",
      "linkname_go127_amd64.go", "linkname_go127_amd64.s",
      "linkname_gover_amd64.go", "linkname_nocgo_amd64.go",
      "linkname_other.go",	 LG_LIBS_DIR "/doc.go",
      LG_LIBS_DIR "/libs_amd64.go", NULL };

static int
scalar_p (const struct ty *t)
{
  return t->k != T_ARRAY && t->k != T_REC && t->k != T_COMPLEX;
}

static char
move_suffix (unsigned long long n)
{
  return n == 8 ? 'Q' : n == 4 ? 'L' : n == 2 ? 'W' : 'B';
}

/* Copy N bytes from SOFF(SRC) to DOFF(DST) through AX (and SI, DI, CX
   when long).  */
static void
put_copy (struct ln_sbuf *b, const char *src, unsigned long long soff,
	  const char *dst, unsigned long long doff, unsigned long long n)
{
  if (n > 128)
    {
      ln_sbuf_printf (b, "\tLEAQ\t%llu(%s), SI\n\tLEAQ\t%llu(%s), DI\n"
			 "\tMOVQ\t$%llu, CX\n\tREP; MOVSB\n",
		      soff, src, doff, dst, n);
      return;
    }
  for (unsigned long long done = 0; done < n;)
    {
      unsigned long long left = n - done;
      unsigned long long piece = left >= 8 ? 8 : left >= 4 ? 4
					   : left >= 2 ? 2 : 1;
      char s = move_suffix (piece);
      ln_sbuf_printf (b, "\tMOV%c\t%llu(%s), AX\n\tMOV%c\tAX, %llu(%s)\n",
		      s, soff + done, src, s, doff + done, dst);
      done += piece;
    }
}

/* The symbol in Go assembly spelling: '.' is the middle dot.  */
static void
put_asm_symbol (struct ln_sbuf *b, const char *sym)
{
  for (const char *p = sym; *p; p++)
    {
      if (*p == '.')
	ln_sbuf_printf (b, "\xc2\xb7");
      else
	ln_sbuf_printf (b, "%c", *p);
    }
}

/* The renamed C symbol of F (THUNK: its ABI0 thunk's), in assembly.  */
static void
put_c_symbol (struct ln_sbuf *b, const struct func *f, const char *key,
	      int thunk)
{
  put_asm_symbol (b, f->symbol);
  put_asm_symbol (b, LG_C_SUFFIX);
  if (key && *key)
    {
      put_asm_symbol (b, ".");
      put_asm_symbol (b, key);
    }
  if (thunk)
    put_asm_symbol (b, LN_ABI0_SUFFIX);
  ln_sbuf_printf (b, "(SB)");
}

/* The renamed Go entry of F (gonote.h), in assembly.  */
static void
put_entry_symbol (struct ln_sbuf *b, const struct func *f, const char *key)
{
  put_asm_symbol (b, f->symbol);
  put_asm_symbol (b, LG_C_SUFFIX);
  if (key && *key)
    {
      put_asm_symbol (b, ".");
      put_asm_symbol (b, key);
    }
  put_asm_symbol (b, LN_GOENTRY_SUFFIX);
  ln_sbuf_printf (b, "(SB)");
}

/* Go assembly's name of register R.  */
static const char *
go_reg (enum ln_reg r)
{
  static const char *const names[LN_NREGS]
    = { [LN_RAX] = "AX",    [LN_RBX] = "BX",	[LN_RCX] = "CX",
	[LN_RDX] = "DX",    [LN_RSI] = "SI",	[LN_RDI] = "DI",
	[LN_RBP] = "BP",    [LN_RSP] = "SP",	[LN_R8] = "R8",
	[LN_R9] = "R9",	    [LN_R10] = "R10",	[LN_R11] = "R11",
	[LN_R12] = "R12",   [LN_R13] = "R13",	[LN_R14] = "R14",
	[LN_R15] = "R15",   [LN_XMM0] = "X0",	[LN_XMM1] = "X1",
	[LN_XMM2] = "X2",   [LN_XMM3] = "X3",	[LN_XMM4] = "X4",
	[LN_XMM5] = "X5",   [LN_XMM6] = "X6",	[LN_XMM7] = "X7",
	[LN_XMM8] = "X8",   [LN_XMM9] = "X9",	[LN_XMM10] = "X10",
	[LN_XMM11] = "X11", [LN_XMM12] = "X12", [LN_XMM13] = "X13",
	[LN_XMM14] = "X14", [LN_XMM15] = "X15" };
  return r > LN_REG_NONE && r < LN_NREGS ? names[r] : NULL;
}

/* SysV's argument registers, the only ones a direct call loads.  */
static int
int_arg_reg (enum ln_reg r)
{
  return r == LN_RDI || r == LN_RSI || r == LN_RDX || r == LN_RCX
	 || r == LN_R8 || r == LN_R9;
}

static int
sse_arg_reg (enum ln_reg r)
{
  return r >= LN_XMM0 && r <= LN_XMM7;
}

struct slot
{
  const char *name;
  const struct ty *t;
  unsigned long long off, size;
};

/* A function's Go frame (ABI0: the arguments as a struct's fields, the
   result at the next multiple of 8), which is also the layout of the
   block the block class hands runtime.cgocall.  */
struct frame
{
  struct slot *slots;
  unsigned long long res_off, res_size, size;
  unsigned long long stack_args; /* direct call: the outgoing stack area,
				    a multiple of 16 */
  int direct;			 /* the locations allow a direct SysV call */
};

/* Whether the note's locations let a stub load F's SysV registers and
   stack slots itself and call the C function directly, the cheapest
   call: every value with a location, in SysV's argument and result
   registers, each register piece one a single move reads (arguments:
   any size to 8, read whole from the frame, whose bytes past a value are
   its own or the caller's; results: 1, 2, 4 or 8 bytes, so that a store
   never writes past the result).  Anything else calls the ABI0 thunk,
   which places the values itself.  */
static int
direct_ok (const struct func *f, struct frame *fr)
{
  unsigned long long stack_end = 0;
  for (size_t i = 0; i < f->nargs; i++)
    {
      const struct arg *a = &f->args[i];
      if (!a->has_loc)
	return 0;
      switch (a->loc.kind)
	{
	case LN_PLACE_NONE:
	  break;
	case LN_PLACE_STACK:
	  if (a->loc.stack_offset % 8 || a->loc.stack_size % 8)
	    return 0;
	  if (a->loc.stack_offset + a->loc.stack_size > stack_end)
	    stack_end = a->loc.stack_offset + a->loc.stack_size;
	  break;
	case LN_PLACE_REGS:
	  for (unsigned k = 0; k < a->loc.npieces; k++)
	    {
	      const struct ln_piece *p = &a->loc.pieces[k];
	      if (int_arg_reg (p->reg) ? p->size > 8
		  : sse_arg_reg (p->reg) ? p->size != 4 && p->size != 8
					 : 1)
		return 0;
	    }
	  break;
	default:
	  return 0;
	}
    }
  if (f->has_res)
    {
      const struct ln_place *l = &f->res.loc;
      if (!f->res.has_loc)
	return 0;
      switch (l->kind)
	{
	case LN_PLACE_NONE:
	  break;
	case LN_PLACE_MEMORY:
	  if (l->npieces != 1 || !int_arg_reg (l->pieces[0].reg))
	    return 0;
	  break;
	case LN_PLACE_REGS:
	  for (unsigned k = 0; k < l->npieces; k++)
	    {
	      const struct ln_piece *p = &l->pieces[k];
	      int in = p->reg == LN_RAX || p->reg == LN_RDX;
	      int sse = p->reg == LN_XMM0 || p->reg == LN_XMM1;
	      if (!(in && (p->size == 1 || p->size == 2 || p->size == 4
			   || p->size == 8))
		  && !(sse && (p->size == 4 || p->size == 8)))
		return 0;
	      if (p->offset + p->size > fr->res_size)
		return 0;
	    }
	  break;
	default:
	  return 0;
	}
    }
  fr->stack_args = align_up (stack_end, 16);
  return 1;
}

/* Whether C parameters J and J+1 of F are a byte buffer and its length,
   (const void *, size_t) and the like, which the Go side passes as one
   slice: a pointer to void, char, signed or unsigned char followed by a
   size_t.  2 when the pointer is to const char (a Go string), 1 for any
   other (a []byte), 0 when not a pair.  */
static int
byte_pair (const struct func *f, size_t j)
{
  if (j + 1 >= f->nargs || f->args[j + 1].t->k != T_UINTPTR)
    return 0;
  const struct ty *t = f->args[j].t;
  if (!(t->k == T_UNSAFE
	|| (t->k == T_PTR && (t->elem->k == T_INT || t->elem->k == T_UINT)
	    && t->elem->size == 1)))
    return 0;
  const char *c = f->args[j].ctype;
  return strcmp (c, "const char *") == 0 ? 2 : 1;
}

/* F's frame.  With PAIRS (byte_pair of each parameter), as a Go frame in
   which each pair is one slice or string parameter (the pointer, then
   the length, then for a slice the capacity); without, C's parameters
   one by one (the block the block class hands cgocall).  */
static void
frame_of (struct lg_bind *g, const struct func *f, char **argnames,
	  const int *pairs, struct frame *fr)
{
  memset (fr, 0, sizeof *fr);
  fr->slots = xcalloc (f->nargs, sizeof *fr->slots);
  unsigned long long off = 0;
  const char *why;
  for (size_t i = 0; i < f->nargs; i++)
    {
      struct slot *sl = &fr->slots[i];
      unsigned a;
      sl->name = argnames[i];
      sl->t = f->args[i].t;
      go_layout (g, sl->t, &sl->size, &a, &why);
      if (pairs && pairs[i])
	{
	  sl->off = off = align_up (off, 8);
	  fr->slots[i + 1].name = argnames[i + 1];
	  fr->slots[i + 1].t = f->args[i + 1].t;
	  fr->slots[i + 1].size = 8;
	  fr->slots[i + 1].off = off + 8;
	  off += pairs[i] == 2 ? 16 : 24;
	  i++;
	  continue;
	}
      sl->off = off = align_up (off, a);
      off += sl->size;
    }
  fr->size = off;
  if (f->has_res)
    {
      unsigned a;
      go_layout (g, f->res.t, &fr->res_size, &a, &why);
      fr->res_off = align_up (off, 8);
      fr->size = fr->res_off + fr->res_size;
    }
  fr->direct = direct_ok (f, fr);
}

/* Signed integers are sign-extended into their register, the others
   zero-extended: GCC does not need it, but SysV's callers do it and
   other compilers' callees rely on it.  */
static void
put_load_piece (struct ln_sbuf *b, const struct ty *t,
		const struct ln_piece *p, unsigned long long off,
		const char *base)
{
  const char *r = go_reg (p->reg);
  if (sse_arg_reg (p->reg))
    ln_sbuf_printf (b, "\tMOVS%c\t%llu(%s), %s\n", p->size == 4 ? 'S' : 'D',
		    off, base, r);
  else if (p->size == 1 || p->size == 2)
    ln_sbuf_printf (b, "\tMOV%cL%cX\t%llu(%s), %s\n",
		    p->size == 1 ? 'B' : 'W', t->k == T_INT ? 'S' : 'Z', off,
		    base, r);
  else
    ln_sbuf_printf (b, "\tMOV%c\t%llu(%s), %s\n", p->size <= 4 ? 'L' : 'Q',
		    off, base, r);
}

/* Load F's arguments for a direct call from the frame at SRC_DISP(SRC)
   into their registers and into the stack area at DST; a result in
   memory goes straight to the frame (RES_ADDR: how to name its address
   for LEAQ).  Stack arguments first: they pass through AX.  */
static void
put_direct_args (struct ln_sbuf *b, const struct func *f,
		 const struct frame *fr, const char *src,
		 unsigned long long src_disp, const char *dst,
		 const char *res_addr)
{
  for (size_t i = 0; i < f->nargs; i++)
    {
      const struct ln_place *l = &f->args[i].loc;
      if (l->kind != LN_PLACE_STACK)
	continue;
      for (unsigned k = 0; k < l->stack_size; k += 8)
	ln_sbuf_printf (b, "\tMOVQ\t%llu(%s), AX\n\tMOVQ\tAX, %u(%s)\n",
			src_disp + fr->slots[i].off + k, src,
			l->stack_offset + k, dst);
    }
  for (size_t i = 0; i < f->nargs; i++)
    {
      const struct ln_place *l = &f->args[i].loc;
      if (l->kind == LN_PLACE_REGS)
	for (unsigned k = 0; k < l->npieces; k++)
	  put_load_piece (b, f->args[i].t, &l->pieces[k],
			  src_disp + fr->slots[i].off + l->pieces[k].offset,
			  src);
    }
  if (f->has_res && f->res.loc.kind == LN_PLACE_MEMORY)
    ln_sbuf_printf (b, "\tLEAQ\t%s, %s\n", res_addr,
		    go_reg (f->res.loc.pieces[0].reg));
}

/* Store a direct call's register result at OFF(BASE).  */
static void
put_direct_result (struct ln_sbuf *b, const struct func *f,
		   unsigned long long off, const char *base)
{
  if (!f->has_res || f->res.loc.kind != LN_PLACE_REGS)
    return;
  for (unsigned k = 0; k < f->res.loc.npieces; k++)
    {
      const struct ln_piece *p = &f->res.loc.pieces[k];
      if (sse_arg_reg (p->reg))
	ln_sbuf_printf (b, "\tMOVS%c\t%s, %llu(%s)\n",
			p->size == 4 ? 'S' : 'D', go_reg (p->reg),
			off + p->offset, base);
      else
	ln_sbuf_printf (b, "\tMOV%c\t%s, %llu(%s)\n", move_suffix (p->size),
			go_reg (p->reg), off + p->offset, base);
    }
}

/* The block class's C-side trampoline: runtime.cgocall runs it on the
   g0 stack as a C function of one argument (%rdi: the frame block, laid
   out as F's Go frame), after entersyscall has handed the P off.  It
   keeps SysV's rules: %rbx, which holds the block across the call, is
   saved; the stack is 16-byte aligned at the call (entry leaves it at 8
   mod 16, the push makes it 0).  */
static void
put_errno_call (struct ln_sbuf *b, const char *what, const char *key)
{
  ln_sbuf_printf (b, "\tCALL\tlinkname_errno_%s", what);
  if (key)
    {
      put_asm_symbol (b, ".");
      put_asm_symbol (b, key);
    }
  ln_sbuf_printf (b, "(SB)\n");
}

/* With WANT_ERRNO it clears C's errno before the call and returns it
   after (cgocall's result), through the helpers linkname-go compiles
   (LG_ERRNO_C).  */
static void
put_trampoline (struct ln_sbuf *b, const struct func *f,
		const struct frame *fr, const char *key, int want_errno)
{
  ln_sbuf_printf (b, "\n// C's %s for runtime.cgocall (class block)\n"
		     "TEXT linkname_%s<>(SB), NOSPLIT|NOFRAME, $0-0\n"
		     "\tPUSHQ\tBX\n\tMOVQ\tDI, BX\n",
		  f->symbol, f->goname);
  if (want_errno)
    put_errno_call (b, "clear", key);
  if (fr->direct)
    {
      char res[64];
      snprintf (res, sizeof res, "%llu(BX)", fr->res_off);
      if (fr->stack_args)
	ln_sbuf_printf (b, "\tSUBQ\t$%llu, SP\n", fr->stack_args);
      put_direct_args (b, f, fr, "BX", 0, "SP", res);
      ln_sbuf_printf (b, "\tCALL\t");
      put_c_symbol (b, f, key, 0);
      ln_sbuf_printf (b, "\n");
      if (fr->stack_args)
	ln_sbuf_printf (b, "\tADDQ\t$%llu, SP\n", fr->stack_args);
      put_direct_result (b, f, fr->res_off, "BX");
    }
  else
    {
      /* The thunk reads its Go frame at 8(SP) on entry: copy the block.  */
      unsigned long long room = align_up (fr->size, 16);
      if (room)
	ln_sbuf_printf (b, "\tSUBQ\t$%llu, SP\n", room);
      put_copy (b, "BX", 0, "SP", 0, fr->size);
      ln_sbuf_printf (b, "\tCALL\t");
      put_c_symbol (b, f, key, 1);
      ln_sbuf_printf (b, "\n");
      if (fr->res_size)
	put_copy (b, "SP", fr->res_off, "BX", fr->res_off, fr->res_size);
      if (room)
	ln_sbuf_printf (b, "\tADDQ\t$%llu, SP\n", room);
    }
  if (want_errno)
    put_errno_call (b, "get", key);
  ln_sbuf_printf (b, "\tPOPQ\tBX\n\tRET\n\n"
		     "DATA\t\xc2\xb7linknameC_%s+0(SB)/8, $linkname_%s<>(SB)\n"
		     "GLOBL\t\xc2\xb7linknameC_%s(SB), RODATA, $8\n",
		  f->goname, f->goname, f->goname);
}

/* A leaf or bounded stub.  The runtime's own vDSO calls are the model
   (nanotime1 in sys_linux_amd64.s of Go 1.19 and 1.27): m.vdsoPC and
   m.vdsoSP name the Go caller while C runs, so that a profiling signal
   (sigprof) and a crash's traceback unwind from there instead of from a
   PC the runtime does not know.  m.signalPending, set, tells preemptM
   (signal_unix.go) that a preemption signal is already on its way, so it
   sends none while C runs (preemptone still marks the goroutine, which
   then stops at its next Go function); without it the SIGURG every 10 ms
   comes anyway (preemptone does not ask canPreemptM) and would make any
   system call a leaf override lets through return EINTR.  The stub
   clears it after the call, as the signal handler would.  m.mallocing,
   set, makes canPreemptM false (no asynchronous preemption acts on the
   thread) and canpanic false, so that a fault in C is never a panic a
   deferred recover could catch in the middle of C frames, but
   "unexpected signal during runtime execution" with the signal, the
   address and the Go caller.  Both functions read m.locks the same way,
   but Go code may run with m.locks raised (acquirem), never with
   m.mallocing set, so the stub sets and clears it without reading it
   first.  The stub
   runs the C function
     bounded: on the goroutine's stack when g.stack.lo + LG_STACK_GUARD
       stays below SP minus the bound and the outgoing arguments (the
       cheapest call: no stack switch; a fault runs sigpanic, then throw,
       on the goroutine's stack, with room for them), else as a leaf;
     leaf: on the thread's system stack, from g0.sched.sp down, with g
       (TLS and R14) switched to g0 as asmcgocall does: a fault then is
       the runtime's own (sigpanic and throw on g0, whose systemstack
       calls stay where they are, cgo's output on each Go version), and
       nothing Go runs meanwhile mistakes the system stack for the
       goroutine's.
   g is R14 on entry (the ABIInternal wrapper of this ABI0 function keeps
   it, as runtime.nanotime1 relies on); BX (m), R12 (our SP) and R13 (the
   C frame) are SysV callee-saved, so they survive the call.  */
static void
put_fast_call (struct ln_sbuf *b, const struct func *f,
	       const struct frame *fr, const char *key, unsigned long long area)
{
  if (area)
    ln_sbuf_printf (b, "\tSUBQ\t$%llu, R13\n", area);
  ln_sbuf_printf (b, "\tANDQ\t$~15, R13\n");
  char res[300];
  snprintf (res, sizeof res, "ret+%llu(FP)", fr->res_off);
  if (fr->direct)
    put_direct_args (b, f, fr, "R12", 8, "R13", res);
  else
    put_copy (b, "R12", 8, "R13", 0, fr->size);
  ln_sbuf_printf (b, "\tMOVQ\tR13, SP\n\tCALL\t");
  put_c_symbol (b, f, key, !fr->direct);
  ln_sbuf_printf (b, "\n\tMOVQ\tR12, SP\n");
}

/* A bounded stub with a Go entry (USE_ENTRY; gonote.h): when the
   goroutine has room for the entry's bound, the same stores as below,
   then a jump to the entry with the addresses of the two fields it
   clears in %rdi (m.vdsoSP) and %rsi (m.mallocing) and the Go frame in
   %rdx
   (plugin/gcc/goentry.cc): GCC inlined the C function into it, and it
   returns straight to the Go caller, one call level as for Go
   assembly.  16 + 8 bytes of slack past the bound: the entry realigns
   the stack Go keeps 8-aligned, which -fstack-usage counts only when
   it realigns through a register (DRAP).  */
static void
put_fast_stub (struct ln_sbuf *b, const struct func *f,
	       const struct frame *fr, const char *key, int use_entry)
{
  int bounded = f->cls == LG_BOUNDED;
  /* A bounded function makes no system call (it calls only the
     functions of ln_cc_libc_bounded, none of which blocks, and no
     override makes a function with inline asm or an unknown callee
     bounded): no EINTR to keep away, so no m.signalPending.  A
     preemption signal then interrupts C and returns, as it does Go
     assembly without safe points: a PC in C is no asynchronous safe
     point.  */
  int sigpend = !bounded;
  /* m.mallocing makes a signal C raises on the goroutine's stack
     cgo's fatal error (canpanic is false), not a panic a recover could
     catch: only there.  On the system stack the signal's g is g0, not
     m.curg, which makes it fatal already (Go 1.27's sighandler, 1.19's
     canpanic).  Nothing in a bounded nofault function can fault or trap
     (the plugin asked GCC of each instruction, gonote.h): no store at
     all, and a null pointer for the entry, which then clears nothing.
     m.mallocing is 0 whenever Go code runs (mallocgc throws "malloc
     deadlock" on it otherwise): a store of 1 and, after the call (or in
     the entry), a store of 0, with no read of it that a next call would
     wait on.  */
  int mall = bounded && !f->nofault;
  static const char set_mall[] = "\tMOVL\t$1, M_MALLOCING(BX)\n";
  ln_sbuf_printf (b, "\n// func %s: C's %s, class %s%s\n"
		     "TEXT \xc2\xb7%s(SB), NOSPLIT|NOFRAME, $0-%llu\n",
		  f->goname, f->symbol, bounded ? "bounded" : "leaf",
		  use_entry ? ", through its Go entry" : "", f->goname,
		  fr->size);
  ln_sbuf_printf (b,
		  "\tMOVQ\t%d(R14), BX\t// g.m\n"
		  /* m.vdsoPC follows m.vdsoSP (lg_layouts): one 16-byte
		     store sets both, a store fewer a call (about 0.05 ns on
		     Go 1.27), and a signal sees both or neither.  */
		  "\tLEAQ\t8(SP), %s\t// the Go caller's SP%s\n"
		  "\tMOVQ\t%s, X0\n"
		  "\tMOVHPS\t0(SP), X0\t// and PC\n"
		  "\tMOVOU\tX0, M_VDSOSP(BX)\t// m.vdsoSP and m.vdsoPC\n",
		  LG_G_M, use_entry ? "DX" : "AX",
		  use_entry ? ", the frame for the entry" : "",
		  use_entry ? "DX" : "AX");
  if (sigpend)
    ln_sbuf_printf (b, "\tMOVL\t$1, M_SIGPENDING(BX)\t// no preemption signal\n");
  unsigned long long area = fr->direct ? fr->stack_args
				       : align_up (fr->size, 16);
  if (use_entry)
    {
      ln_sbuf_printf (b,
		      "\tLEAQ\t-%llu(SP), R13\t// entry bound %llu + 24 + guard\n"
		      "\tCMPQ\tR13, %d(R14)\t// g.stack.lo\n"
		      "\tJLS\tsystem\n"
		      "%s"
		      "\tLEAQ\tM_VDSOSP(BX), DI\n"
		      "\t%s\n"
		      "\tJMP\t",
		      f->entry_bound + 16 + 8 + LG_STACK_GUARD,
		      f->entry_bound, LG_G_STACK_LO, mall ? set_mall : "",
		      mall ? "LEAQ\tM_MALLOCING(BX), SI"
			   : "XORL\tSI, SI\t// nofault: no m.mallocing");
      put_entry_symbol (b, f, key);
      ln_sbuf_printf (b, "\nsystem:\n\tMOVQ\tSP, R12\n");
      bounded = 0; /* the rest is the leaf stub */
    }
  else
    ln_sbuf_printf (b, "\tMOVQ\tSP, R12\n");
  if (bounded)
    {
      ln_sbuf_printf (b,
		      "\tLEAQ\t-%llu(SP), R13\t// bound %llu + frame + guard\n"
		      "\tCMPQ\tR13, %d(R14)\t// g.stack.lo\n"
		      "\tJLS\tsystem\n"
		      "%s"
		      "\tMOVQ\tSP, R13\n",
		      f->stack_bound + area + 16 + 8 + LG_STACK_GUARD,
		      f->stack_bound, LG_G_STACK_LO, mall ? set_mall : "");
      put_fast_call (b, f, fr, key, area);
      if (mall)
	ln_sbuf_printf (b, "\tMOVL\t$0, M_MALLOCING(BX)\n");
      ln_sbuf_printf (b, "\tJMP\tdone\nsystem:\n");
    }
  ln_sbuf_printf (b,
		  "\tMOVQ\t%d(BX), AX\t// m.g0\n"
		  "\tMOVQ\t%d(AX), R13\t// g0.sched.sp: the system stack\n"
		  "\tMOVQ\tTLS, CX\n"
		  "\tMOVQ\tAX, 0(CX)(TLS*1)\t// g = m.g0\n"
		  "\tMOVQ\tAX, R14\n",
		  LG_M_G0, LG_G_SCHED_SP);
  put_fast_call (b, f, fr, key, area);
  ln_sbuf_printf (b,
		  "\tMOVQ\tM_CURG(BX), R14\n"
		  "\tMOVQ\tTLS, CX\n"
		  "\tMOVQ\tR14, 0(CX)(TLS*1)\t// g = m.curg again\n");
  if (bounded)
    ln_sbuf_printf (b, "done:\n");
  ln_sbuf_printf (b, "\tMOVQ\t$0, M_VDSOSP(BX)\n");
  if (sigpend)
    ln_sbuf_printf (b, "\tMOVL\t$0, M_SIGPENDING(BX)\n");
  if (f->has_res && fr->res_size)
    {
      /* Through the result's name, so that go vet checks it.  */
      const struct ty *t = f->res.t;
      if (fr->direct && f->res.loc.kind == LN_PLACE_REGS && scalar_p (t))
	{
	  const struct ln_piece *p = &f->res.loc.pieces[0];
	  if (sse_arg_reg (p->reg))
	    ln_sbuf_printf (b, "\tMOVS%c\t%s, ret+%llu(FP)\n",
			    p->size == 4 ? 'S' : 'D', go_reg (p->reg),
			    fr->res_off);
	  else
	    ln_sbuf_printf (b, "\tMOV%c\t%s, ret+%llu(FP)\n",
			    move_suffix (p->size), go_reg (p->reg),
			    fr->res_off);
	}
      else if (fr->direct && f->res.loc.kind == LN_PLACE_REGS)
	{
	  ln_sbuf_printf (b, "\tLEAQ\tret+%llu(FP), R11\n", fr->res_off);
	  put_direct_result (b, f, 0, "R11");
	}
      else if (!fr->direct)
	{
	  if (scalar_p (t))
	    {
	      char c = move_suffix (fr->res_size);
	      ln_sbuf_printf (b, "\tMOV%c\t%llu(R13), AX\n"
				 "\tMOV%c\tAX, ret+%llu(FP)\n",
			      c, fr->res_off, c, fr->res_off);
	    }
	  else
	    {
	      ln_sbuf_printf (b, "\tLEAQ\tret+%llu(FP), DX\n", fr->res_off);
	      put_copy (b, "R13", fr->res_off, "DX", 0, fr->res_size);
	    }
	}
      /* else in memory: the C function wrote it in place.  */
    }
  ln_sbuf_printf (b, "\tRET\n");
}

static const char *
class_name (enum lg_class c)
{
  return c == LG_BOUNDED ? "bounded" : c == LG_LEAF ? "leaf" : "block";
}

/* --- the whole ------------------------------------------------------------ */

static void
add_rename (struct lg_bind *g, const char *from, char *to)
{
  g->renames = xgrow (g->renames, 2 * (g->nrenames + 1), sizeof (char *));
  g->renames[2 * g->nrenames] = xstrdup (from);
  g->renames[2 * g->nrenames + 1] = to;
  g->nrenames++;
}

static int
symbol_asm_ok (const char *s)
{
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
	  || (*p >= '0' && *p <= '9') || *p == '_' || *p == '.'))
      return 0;
  return 1;
}

static const char *
param_label (const struct arg *a, size_t i, char *buf, size_t len)
{
  if (*a->cname)
    snprintf (buf, len, "'%s'", a->cname);
  else
    snprintf (buf, len, "%zu", i + 1);
  return buf;
}

static int
wants_errno (const struct lg_options *opts, const char *goname)
{
  for (const char *const *p = opts->errno_funcs; p && *p; p++)
    if (strcmp (*p, goname) == 0)
      return 1;
  return 0;
}

static void
add_file (struct lg_output *out, const char *name, char *text)
{
  out->names[out->nfiles] = xstrdup (name);
  out->texts[out->nfiles++] = text;
}

void
lg_output_free (struct lg_output *out)
{
  for (size_t i = 0; i < out->nfiles; i++)
    {
      free (out->names[i]);
      free (out->texts[i]);
    }
  free (out->listing);
  memset (out, 0, sizeof *out);
}

const char *
lg_output_file (const struct lg_output *out, const char *name)
{
  for (size_t i = 0; i < out->nfiles; i++)
    if (strcmp (out->names[i], name) == 0)
      return out->texts[i];
  return NULL;
}

/* A file whose build fails, under CONSTRAINT, at an identifier that
   says why: the compile-time refusal of a build the stubs cannot serve
   (a constraint alone would leave the package's functions undefined in
   the user's code, or a link error).  */
static char *
refusal_file (const struct lg_options *opts, const char *constraint,
	      const char *comment, const char *ident)
{
  return xprintf ("// Code generated by %s; DO NOT EDIT.\n\n"
		  "//go:build %s\n\n"
		  "// %s\n\npackage %s\n\nvar _ = %s\n",
		  opts->generator ? opts->generator : "linkname-go",
		  constraint, comment, opts->package, ident);
}

int
lg_pkgconfig_name_ok (const char *name)
{
  return *name && *name != '-' && !strpbrk (name, " \t\n\r\"'\\");
}

/* The package that carries the C code's link flags (LG_LIBS_DIR): a
   doc file for every build, so that it is never without Go files, and
   the cgo file, which Go's build reads only with cgo on amd64, as the
   binding imports it.  */
static void
put_libs (const struct lg_bind *g, const struct lg_options *opts,
	  struct lg_output *out)
{
  const char *gen = opts->generator ? opts->generator : "linkname-go";
  add_file (out, LG_LIBS_DIR "/doc.go",
	    xprintf ("// Code generated by %s; DO NOT EDIT.\n\n"
		     "// Package linknamelibs hands the host linker the link "
		     "flags of the C code\n"
		     "// bound in package %s, as cgo hands its own: a package "
		     "with Go assembly,\n"
		     "// as %s is, cannot use cgo itself.%s\n"
		     "package linknamelibs\n",
		     gen, opts->package, opts->package,
		     g->cxx ? "  Its C++ objects get the\n"
			      "// C++ runtime, as g++ links it."
			    : ""));
  struct ln_sbuf b = LN_SBUF_INIT;
  ln_sbuf_printf (&b, "// Code generated by %s; DO NOT EDIT.\n\n"
		      "//go:build cgo\n\n"
		      "package linknamelibs\n\n",
		  gen);
  for (const char *const *p = opts->ldflags; p && *p; p++)
    ln_sbuf_printf (&b, "// #cgo LDFLAGS: %s\n", *p);
  if (g->cxx)
    ln_sbuf_printf (&b, "// #cgo LDFLAGS: -lstdc++ -lm\n");
  if (opts->pkgconfig && *opts->pkgconfig)
    {
      ln_sbuf_printf (&b, "// #cgo pkg-config:");
      for (const char *const *p = opts->pkgconfig; *p; p++)
	ln_sbuf_printf (&b, " %s", *p);
      ln_sbuf_printf (&b, "\n");
    }
  ln_sbuf_printf (&b, "import \"C\"\n");
  add_file (out, LG_LIBS_DIR "/libs_amd64.go", ln_sbuf_finish (&b));
}

/* The Go declaration's comment: the class and why, and what the stub
   does with it.  */
static void
put_class_comment (struct ln_sbuf *b, const struct func *f, int fast)
{
  const char *why = f->class_why && *f->class_why ? f->class_why
			: "the note has no class: block by default";
  switch (fast ? f->cls : LG_BLOCK)
    {
    case LG_BOUNDED:
      ln_sbuf_printf (b, "// Class bounded (at most %llu bytes of stack: "
			 "%s): it runs on the goroutine's\n// stack when that "
			 "much is left, else on the thread's system stack.\n",
		      f->stack_bound, why);
      if (f->nofault)
	ln_sbuf_printf (b, "// Nothing in it can fault or trap.\n");
      break;
    case LG_LEAF:
      ln_sbuf_printf (b, "// Class leaf (%s): it runs on the thread's "
			 "system stack, the runtime told\n// of it as of "
			 "a vDSO call; it cannot block, nor be preempted.\n",
		      why);
      break;
    default:
      ln_sbuf_printf (b, "// Class block (%s): it runs through "
			 "runtime.cgocall, as cgo's calls do.\n",
		      why);
    }
}

int
lg_generate (struct lg_bind *g, const struct lg_options *opts,
	     struct lg_output *out, char **errors)
{
  struct ln_sbuf err = LN_SBUF_INIT;
  memset (out, 0, sizeof *out);
  *errors = NULL;
  const char *key = opts->symkey && *opts->symkey ? opts->symkey : NULL;
  /* Another run on the same notes starts afresh.  */
  for (size_t i = 0; i < 2 * g->nrenames; i++)
    free (g->renames[i]);
  g->nrenames = 0;

  /* Which functions become Go functions, under which names.  */
  size_t bound = 0;
  struct ln_sbuf skipped = LN_SBUF_INIT, skipped_err = LN_SBUF_INIT;
  for (size_t i = 0; i < g->nfuncs; i++)
    {
      struct func *f = &g->funcs[i];
      const char *last = strrchr (f->symbol, '.');
      last = last ? last + 1 : f->symbol;
      if (!is_ident (last) || strcmp (last, "_") == 0
	  || strcmp (last, "init") == 0 || strcmp (last, "main") == 0)
	{
	  /* -v says so, and the error when nothing is bound: a typo in a
	     target loses no function unseen.  */
	  const char *swhy
	    = is_ident (last)	  ? "_, init and main are no Go functions to call"
	      : is_keyword (last) ? "its target ends in a Go keyword"
				  : "its target does not end in a Go identifier";
	  ln_sbuf_printf (&skipped, "-\tnot bound\t%s\t%s\n", f->symbol,
			  swhy);
	  ln_sbuf_printf (&skipped_err, "%s: %s is not bound: %s\n",
			  f->origin, f->symbol, swhy);
	  continue;
	}
      for (size_t k = 0; k < i; k++)
	if (g->funcs[k].goname && strcmp (g->funcs[k].goname, last) == 0)
	  {
	    if (strcmp (g->funcs[k].symbol, f->symbol) == 0)
	      ln_sbuf_printf (&err, "%s: C function %s is defined twice "
				    "(also in %s)\n",
			      f->origin, f->symbol, g->funcs[k].origin);
	    else
	      ln_sbuf_printf (&err, "%s: C functions %s and %s would both "
				    "be Go function %s\n",
			      f->origin, g->funcs[k].symbol, f->symbol, last);
	  }
      const char *rwhy = generated_name_why (last);
      if (rwhy)
	{
	  ln_sbuf_printf (&err, "%s: C function %s cannot be Go function "
				"%s: %s; give it another linkname target\n",
			  f->origin, f->symbol, last, rwhy);
	  continue;
	}
      free (f->goname);
      f->goname = xstrdup (last);
      bound++;
      if (!f->thunk)
	{
	  ln_sbuf_printf (&err, "%s: function %s (C %s) has no ABI0 thunk: "
				"%s\n",
			  f->origin, f->goname, f->symbol, f->why);
	  continue;
	}
      if (!symbol_asm_ok (f->symbol))
	ln_sbuf_printf (&err, "%s: function %s: Go assembly cannot name "
			      "the C symbol '%s'\n",
			f->origin, f->goname, f->symbol);
      const char *why;
      char lbl[300];
      for (size_t j = 0; j < f->nargs; j++)
	if (!has_go_form (g, f->args[j].t, &why))
	  ln_sbuf_printf (&err, "%s: function %s: parameter %s has type "
				"'%s', which has no Go form: %s\n",
			  f->origin, f->goname,
			  param_label (&f->args[j], j, lbl, sizeof lbl),
			  f->args[j].ctype, why);
      if (f->has_res && !has_go_form (g, f->res.t, &why))
	ln_sbuf_printf (&err, "%s: function %s: its result has type '%s', "
			      "which has no Go form: %s\n",
			f->origin, f->goname, f->res.ctype, why);
    }
  /* The package clause: an identifier, not the blank one.  */
  if (!opts->package || !is_ident (opts->package)
      || strcmp (opts->package, "_") == 0)
    ln_sbuf_printf (&err, "-pkg '%s': not a Go package name\n",
		    opts->package ? opts->package : "");
  for (const char *const *p = opts->errno_funcs; p && *p; p++)
    {
      size_t i;
      for (i = 0; i < g->nfuncs; i++)
	if (g->funcs[i].goname && strcmp (g->funcs[i].goname, *p) == 0)
	  break;
      if (i == g->nfuncs)
	ln_sbuf_printf (&err, "-errno %s: no such function to bind\n", *p);
    }
  /* The link flags go into a Go comment, a line each (cgo reads and
     checks their words).  */
  int nlibs = 0;
  for (const char *const *p = opts->ldflags; p && *p; p++, nlibs++)
    if (!**p || strpbrk (*p, "\n\r"))
      ln_sbuf_printf (&err, "-ldflags: %s\n",
		      **p ? "a line break in the flags (they go on one "
			    "#cgo LDFLAGS line)"
			  : "no flags");
  for (const char *const *p = opts->pkgconfig; p && *p; p++, nlibs++)
    if (!lg_pkgconfig_name_ok (*p))
      ln_sbuf_printf (&err, "-pkg-config '%s': not a pkg-config package "
			    "name\n",
		      *p);
  /* C++ objects need the C++ runtime where they are linked: what g++
     adds to a link (its libstdc++ and libm).  */
  nlibs += g->cxx;
  if (nlibs && !(opts->libs_import && *opts->libs_import))
    ln_sbuf_printf (&err, "%s the import path of the package that "
			  "carries them (%s): no go.mod above the output "
			  "directory gives it\n",
		    g->cxx ? "C++ objects need the C++ runtime at link time, "
			     "and that needs"
			   : "link flags need",
		    LG_LIBS_DIR);
  if (!bound && !err.len)
    {
      ln_sbuf_printf (&err, "no linknamed C function whose target ends in "
			    "a Go identifier: nothing to bind\n");
      if (skipped_err.len)
	ln_sbuf_append (&err, skipped_err.p, skipped_err.len);
    }
  free (ln_sbuf_finish (&skipped_err));
  if (err.len)
    {
      free (ln_sbuf_finish (&skipped));
      *errors = ln_sbuf_finish (&err);
      return -1;
    }

  /* Name the types the declarations use, in the order they use them
     (so the definitions come out as before), so that no parameter takes
     a type's name: a block function's body names its parameters'
     types.  */
  struct ln_sbuf scratch = LN_SBUF_INIT;
  for (size_t i = 0; i < g->nfuncs; i++)
    if (g->funcs[i].goname)
      {
	for (size_t j = 0; j < g->funcs[i].nargs; j++)
	  put_go_type (g, &scratch, g->funcs[i].args[j].t);
	if (g->funcs[i].has_res)
	  put_go_type (g, &scratch, g->funcs[i].res.t);
      }
  free (ln_sbuf_finish (&scratch));

  struct ln_sbuf decls = LN_SBUF_INIT, tramps = LN_SBUF_INIT,
		 fast = LN_SBUF_INIT, listing = LN_SBUF_INIT;
  int nfast = 0, nblock = 0, any_errno = 0;
  char ***argnames = xcalloc (g->nfuncs, sizeof (char **));
  for (size_t i = 0; i < g->nfuncs; i++)
    {
      struct func *f = &g->funcs[i];
      if (!f->goname)
	continue;
      /* errno is read after the call on the thread that made it, which
	 only cgocall's path (C's own errno, read by the trampoline) has.  */
      int want_errno = wants_errno (opts, f->goname);
      int is_fast = f->cls != LG_BLOCK && !want_errno;
      argnames[i] = xcalloc (f->nargs + 1, sizeof (char *));
      for (size_t j = 0; j < f->nargs; j++)
	{
	  char *n = *f->args[j].cname ? go_name (f->args[j].cname, 0)
				      : xprintf ("arg%zu", j);
	  int clash;
	  do
	    {
	      /* Not a name the wrapper's body uses: its locals (frame,
		 err, e), the generated names and imports, Go's predeclared
		 names (the frame's field types, len, uintptr), a Go
		 type's or function's name.  */
	      clash = is_keyword (n) || strcmp (n, "ret") == 0
		      || strcmp (n, "frame") == 0 || strcmp (n, "err") == 0
		      || strcmp (n, "e") == 0 || strcmp (n, "_") == 0
		      || generated_name_why (n)
		      || is_predeclared (n, 1) || name_taken (g, n);
	      for (size_t k = 0; k < j && !clash; k++)
		clash = strcmp (argnames[i][k], n) == 0;
	      if (clash)
		{
		  /* linknameX_ would begin with linkname still.  */
		  char *n2 = strncmp (n, "linkname", 8) == 0
			       ? xprintf ("_%s", n)
			       : xprintf ("%s_", n);
		  free (n);
		  n = n2;
		}
	    }
	  while (clash);
	  argnames[i][j] = n;
	}
      /* Byte buffers as slices and strings: in a block's frame the
	 pointer and length are C's two parameters; a fast stub reads them
	 from the Go frame's slice, which only a direct call can (the thunk
	 reads C's layout).  */
      int *pairs = xcalloc (f->nargs + 1, sizeof (int));
      int npairs = 0;
      for (size_t j = 0; j < f->nargs; j++)
	if ((pairs[j] = byte_pair (f, j)))
	  {
	    npairs++;
	    j++;
	  }
      struct frame fr;
      frame_of (g, f, argnames[i], NULL, &fr);
      if (is_fast && npairs && fr.direct)
	{
	  free (fr.slots);
	  frame_of (g, f, argnames[i], pairs, &fr);
	}
      else if (is_fast)
	npairs = 0;
      ln_sbuf_printf (&listing, "%s\t%s\t%s", f->goname,
		      class_name (f->cls), f->symbol);
      if (f->cls == LG_BOUNDED)
	ln_sbuf_printf (&listing, "\tbound %llu", f->stack_bound);
      if (f->cls == LG_BOUNDED && is_fast && f->has_entry)
	ln_sbuf_printf (&listing, ", Go entry %llu", f->entry_bound);
      if (f->cls == LG_BOUNDED && is_fast && f->nofault)
	ln_sbuf_printf (&listing, ", cannot fault");
      else if (f->cls == LG_BOUNDED && is_fast && f->fault_why)
	ln_sbuf_printf (&listing, ", may fault: %s", f->fault_why);
      ln_sbuf_printf (&listing, "\t%s%s%s\n",
		      f->class_why && *f->class_why ? f->class_why
						     : "no class in the note",
		      want_errno && f->cls != LG_BLOCK
			? " (called as block: -errno)" : "",
		      fr.direct ? "" : " (through its ABI0 thunk)");

      ln_sbuf_printf (&decls, "\n// %s calls C's %s.\n", f->goname,
		      f->symbol);
      put_class_comment (&decls, f, is_fast);
      int has_pointers = 0;
      for (size_t j = 0; j < f->nargs; j++)
	if (f->args[j].t->k == T_PTR || f->args[j].t->k == T_UNSAFE)
	  has_pointers = 1;
      if (has_pointers)
	ln_sbuf_printf (&decls, "// Pointers passed are valid for the call "
				"only.\n");
      if (want_errno)
	ln_sbuf_printf (&decls, "// The error is C's errno after the call "
				"(a syscall.Errno), nil when 0.\n");
      if (npairs)
	ln_sbuf_printf (&decls, "// A buffer and its size in C are one "
				"[]byte or string here.\n");
      /* A bounded function with byte pairs and a Go entry: the entry
	 reads C's frame, so the stub is a bodyless linknameE_NAME with
	 C's parameters, and NAME a Go function Go's inliner makes one
	 call of it, passing each slice's or string's pointer and
	 length.  */
      int raw = is_fast && npairs && f->cls == LG_BOUNDED && f->has_entry;
      if (is_fast && has_pointers && !raw)
	ln_sbuf_printf (&decls, "//\n//go:noescape\n");
      ln_sbuf_printf (&decls, "func %s(", f->goname);
      for (size_t j = 0; j < f->nargs; j++)
	{
	  ln_sbuf_printf (&decls, "%s%s ", j ? ", " : "", argnames[i][j]);
	  if (npairs && pairs[j])
	    {
	      ln_sbuf_printf (&decls, pairs[j] == 2 ? "string" : "[]byte");
	      j++;
	      continue;
	    }
	  put_go_type (g, &decls, f->args[j].t);
	}
      ln_sbuf_printf (&decls, ")");
      if (f->has_res && want_errno)
	{
	  ln_sbuf_printf (&decls, " (");
	  put_go_type (g, &decls, f->res.t);
	  ln_sbuf_printf (&decls, ", error)");
	}
      else if (f->has_res)
	{
	  ln_sbuf_printf (&decls, " ");
	  put_go_type (g, &decls, f->res.t);
	}
      else if (want_errno)
	ln_sbuf_printf (&decls, " error");
      if (raw)
	{
	  g->uses_unsafe = 1;
	  ln_sbuf_printf (&decls, " {\n\t%slinknameE_%s(",
			  f->has_res ? "return " : "", f->goname);
	  for (size_t j = 0; j < f->nargs; j++)
	    {
	      const char *n = argnames[i][j];
	      if (pairs[j])
		{
		  /* The data pointer is a slice's and a string's first
		     word (unsafe.SliceData and StringData are Go
		     1.20's).  */
		  ln_sbuf_printf (&decls, "%s*(*unsafe.Pointer)(unsafe."
					  "Pointer(&%s)), uintptr(len(%s))",
				  j ? ", " : "", n, n);
		  j++;
		}
	      else
		ln_sbuf_printf (&decls, "%s%s", j ? ", " : "", n);
	    }
	  ln_sbuf_printf (&decls, ")\n}\n\n//go:noescape\n"
				  "func linknameE_%s(",
			  f->goname);
	  for (size_t j = 0; j < f->nargs; j++)
	    {
	      ln_sbuf_printf (&decls, "%s%s ", j ? ", " : "",
			      argnames[i][j]);
	      if (pairs[j])
		ln_sbuf_printf (&decls, "unsafe.Pointer");
	      else
		put_go_type (g, &decls, f->args[j].t);
	    }
	  ln_sbuf_printf (&decls, ")");
	  if (f->has_res)
	    {
	      ln_sbuf_printf (&decls, " ");
	      put_go_type (g, &decls, f->res.t);
	    }
	  ln_sbuf_printf (&decls, "\n");
	  struct frame cfr;
	  frame_of (g, f, argnames[i], NULL, &cfr);
	  struct func rf = *f;
	  rf.goname = xprintf ("linknameE_%s", f->goname);
	  put_fast_stub (&fast, &rf, &cfr, key, 1);
	  free (rf.goname);
	  free (cfr.slots);
	  nfast++;
	}
      else if (is_fast)
	{
	  ln_sbuf_printf (&decls, "\n");
	  put_fast_stub (&fast, f, &fr, key,
			 f->cls == LG_BOUNDED && f->has_entry && !npairs);
	  nfast++;
	}
      else
	{
	  /* The block the trampoline reads: F's Go frame's layout.  */
	  ln_sbuf_printf (&decls, " {\n\tvar frame struct {\n");
	  /* Names padded to one column, as gofmt aligns them.  */
	  int w = f->has_res ? 3 : 1;
	  for (size_t j = 0; j < f->nargs; j++)
	    if ((int) strlen (argnames[i][j]) > w)
	      w = (int) strlen (argnames[i][j]);
	  unsigned long long off = 0;
	  for (size_t j = 0; j < f->nargs; j++)
	    {
	      if (fr.slots[j].off > off)
		ln_sbuf_printf (&decls, "\t\t%-*s [%llu]byte\n", w, "_",
				fr.slots[j].off - off);
	      ln_sbuf_printf (&decls, "\t\t%-*s ", w, argnames[i][j]);
	      if (npairs && pairs[j])
		{
		  g->uses_unsafe = 1;
		  ln_sbuf_printf (&decls, "unsafe.Pointer");
		}
	      else
		put_go_type (g, &decls, f->args[j].t);
	      ln_sbuf_printf (&decls, "\n");
	      off = fr.slots[j].off + fr.slots[j].size;
	    }
	  if (f->has_res)
	    {
	      if (fr.res_off > off)
		ln_sbuf_printf (&decls, "\t\t%-*s [%llu]byte\n", w, "_",
				fr.res_off - off);
	      ln_sbuf_printf (&decls, "\t\t%-*s ", w, "ret");
	      put_go_type (g, &decls, f->res.t);
	      ln_sbuf_printf (&decls, "\n");
	    }
	  ln_sbuf_printf (&decls, "\t}\n");
	  for (size_t j = 0; j < f->nargs; j++)
	    if (npairs && pairs[j])
	      {
		/* The data pointer is a slice's and a string's first word
		   (unsafe.SliceData and StringData are Go 1.20's).  */
		ln_sbuf_printf (&decls,
				"\tframe.%s = *(*unsafe.Pointer)(unsafe."
				"Pointer(&%s))\n"
				"\tframe.%s = uintptr(len(%s))\n",
				argnames[i][j], argnames[i][j],
				argnames[i][j + 1], argnames[i][j]);
		j++;
	      }
	    else
	      ln_sbuf_printf (&decls, "\tframe.%s = %s\n", argnames[i][j],
			      argnames[i][j]);
	  if (want_errno)
	    {
	      any_errno = 1;
	      ln_sbuf_printf (&decls,
			      "\tvar err error\n"
			      "\tif e := linknameCgocall(linknameC_%s, "
			      "unsafe.Pointer(&frame)); e != 0 {\n"
			      "\t\terr = syscall.Errno(e)\n\t}\n",
			      f->goname);
	      ln_sbuf_printf (&decls, "\treturn %serr\n}\n",
			      f->has_res ? "frame.ret, " : "");
	    }
	  else
	    {
	      ln_sbuf_printf (&decls, "\tlinknameCgocall(linknameC_%s, "
				      "unsafe.Pointer(&frame))\n",
			      f->goname);
	      if (f->has_res)
		ln_sbuf_printf (&decls, "\treturn frame.ret\n");
	      ln_sbuf_printf (&decls, "}\n");
	    }
	  ln_sbuf_printf (&decls, "\nvar linknameC_%s uintptr // "
				  "linkname_amd64.s\n",
			  f->goname);
	  put_trampoline (&tramps, f, &fr, key, want_errno);
	  nblock++;
	}
      free (fr.slots);
      free (pairs);
      add_rename (g, f->symbol,
		  key ? xprintf ("%s" LG_C_SUFFIX ".%s", f->symbol, key)
		      : xprintf ("%s" LG_C_SUFFIX, f->symbol));
      if (f->has_entry)
	{
	  char *from = xprintf ("%s" LN_GOENTRY_SUFFIX, f->symbol);
	  add_rename (g, from,
		    key ? xprintf ("%s" LG_C_SUFFIX ".%s" LN_GOENTRY_SUFFIX,
				   f->symbol, key)
			: xprintf ("%s" LG_C_SUFFIX LN_GOENTRY_SUFFIX,
				   f->symbol));
	  free (from);
	}
      add_rename (g, f->thunk,
		  key ? xprintf ("%s" LG_C_SUFFIX ".%s" LN_ABI0_SUFFIX,
				 f->symbol, key)
		      : xprintf ("%s" LG_C_SUFFIX LN_ABI0_SUFFIX, f->symbol));
    }
  /* Types named while writing the declarations; a definition may name
     more, which the loop then reaches.  */
  struct ln_sbuf types = LN_SBUF_INIT;
  for (size_t k = 0; k < g->nnamed; k++)
    put_rec_def (g, &types, g->named[k]);

  const char *gen = opts->generator ? opts->generator : "linkname-go";
  const char *pkg = opts->package;
  struct ln_sbuf go = LN_SBUF_INIT;
  ln_sbuf_printf (&go, "// Code generated by %s; DO NOT EDIT.\n\n"
		       "//go:build cgo\n\n"
		       "// The Go side of C functions compiled with the "
		       "linkname GCC plugin.\n"
		       "// Each function's comment says its call class and "
		       "why; pointers are\n// valid for the call only, and "
		       "the C code must not call back into Go.\n\n"
		       "package %s\n\nimport (\n%s"
		       "\t// runtime.cgocall needs it (and with it Go's "
		       "linker links the .syso\n"
		       "\t// externally, and every thread's system stack is "
		       "a full C stack).\n"
		       "\t_ \"runtime/cgo\"\n",
		  gen, pkg, nfast ? "\t\"runtime\"\n" : "");
  if (nlibs)
    ln_sbuf_printf (&go, "\t// The C code's link flags, through cgo (a "
			 "package with Go assembly\n"
			 "\t// cannot use cgo itself).\n"
			 "\t_ \"%s\"\n",
		    opts->libs_import);
  if (any_errno)
    ln_sbuf_printf (&go, "\t\"syscall\"\n");
  if (g->uses_unsafe || nblock)
    ln_sbuf_printf (&go, "\t\"unsafe\"\n");
  ln_sbuf_printf (&go, ")\n");
  if (types.len)
    ln_sbuf_append (&go, types.p, types.len);
  if (decls.len)
    ln_sbuf_append (&go, decls.p, decls.len);
  if (nblock)
    ln_sbuf_printf (&go,
		    "\n// runtime.cgocall runs fn(arg) as C on the thread's "
		    "system stack after\n// entersyscall, as cgo's calls do "
		    "(a push linkname since Go 1.23).\n//\n"
		    "//go:linkname linknameCgocall runtime.cgocall\n"
		    "//go:noescape\n"
		    "func linknameCgocall(fn uintptr, arg unsafe.Pointer) "
		    "int32\n");
  if (nfast)
    ln_sbuf_printf (
      &go,
      "\nfunc linknameProbe() (gp, curg, g0, mallocing, vdsosp, g0sp, g0lo, "
      "g0hi, sp, lo, hi uintptr)\n\n"
      "// The leaf and bounded stubs read runtime.g and runtime.m at "
      "offsets verified\n"
      "// for one Go version (linkname_go1*_amd64.s): refuse any other, "
      "and check\n// what the offsets show against what this runtime must "
      "show.\n"
      "func init() {\n"
      "\tv := runtime.Version()\n"
      "\tn := len(linknameGoRuntime)\n"
      "\tif len(v) < n || v[:n] != linknameGoRuntime || len(v) > n && "
      "v[n] >= '0' && v[n] <= '9' {\n"
      "\t\tpanic(\"linkname-go: the stubs of package %s read the "
      "runtime's structures as \" + linknameGoRuntime + \" lays them "
      "out, but this program runs \" + v)\n"
      "\t}\n"
      "\tgp, curg, g0, mallocing, vdsosp, g0sp, g0lo, g0hi, sp, lo, hi := "
      "linknameProbe()\n"
      "\tif !(curg == gp && g0 != 0 && g0 != gp && mallocing == 0 && "
      "vdsosp == 0 "
      "&&\n\t\tlo < sp && sp < hi && g0lo < g0sp && g0sp <= g0hi && (g0sp "
      "<= lo || g0sp > hi)) {\n"
      "\t\tpanic(\"linkname-go: the \" + v + \" runtime's g and m are not "
      "laid out as the stubs of package %s assume\")\n"
      "\t}\n}\n",
      pkg, pkg);
  add_file (out, "linkname_amd64.go", ln_sbuf_finish (&go));

  struct ln_sbuf as = LN_SBUF_INIT;
  ln_sbuf_printf (&as, "// Code generated by %s; DO NOT EDIT.\n\n"
		       "//go:build cgo\n\n"
		       "#include \"textflag.h\"\n",
		  gen);
  ln_sbuf_append (&as, tramps.p ? tramps.p : "", tramps.len);
  add_file (out, "linkname_amd64.s", ln_sbuf_finish (&as));

  if (nfast)
    {
      struct ln_sbuf none = LN_SBUF_INIT;
      ln_sbuf_printf (&none, "cgo");
      for (size_t k = 0; k < lg_nlayouts; k++)
	{
	  const struct lg_layout *l = &lg_layouts[k];
	  char name[64];
	  snprintf (name, sizeof name, "linkname_%s_amd64.go", l->file);
	  add_file (out, name,
		    xprintf ("// Code generated by %s; DO NOT EDIT.\n\n"
			     "//go:build cgo && %s\n\npackage %s\n\n"
			     "// The runtime whose layout "
			     "linkname_%s_amd64.s reads, and its offsets\n"
			     "// in runtime.m (for tests).\n"
			     "const (\n"
			     "\tlinknameGoRuntime = \"%s\"\n"
			     "\tlinknameMCurg     = %u\n"
			     "\tlinknameMMalloc   = %u\n"
			     "\tlinknameMVdsoSP   = %u\n"
			     "\tlinknameMVdsoPC   = %u\n"
			     "\tlinknameMSigPend  = %u\n)\n",
			     gen, l->tag, pkg, l->file, l->version,
			     l->m_curg, l->m_mallocing, l->m_vdsosp, l->m_vdsopc,
			     l->m_signal_pending));
	  struct ln_sbuf s = LN_SBUF_INIT;
	  ln_sbuf_printf (
	    &s,
	    "// Code generated by %s; DO NOT EDIT.\n\n"
	    "//go:build cgo && %s\n\n"
	    "#include \"textflag.h\"\n\n"
	    "// runtime.m in %s (runtime2.go); g.stack is at %d, g.m at %d, "
	    "g.sched.sp at %d\n// and m.g0 at %d in every version "
	    "linkname-go knows.\n"
	    "#define M_CURG %u\n#define M_MALLOCING %u\n#define M_VDSOSP %u\n"
	    "#define M_VDSOPC %u\n#define M_SIGPENDING %u\n\n"
	    "// func linknameProbe() (gp, curg, g0, mallocing, vdsosp, g0sp, g0lo, "
	    "g0hi, sp, lo, hi uintptr)\n"
	    "TEXT \xc2\xb7linknameProbe(SB), NOSPLIT, $0-88\n"
	    "\tMOVQ\tR14, gp+0(FP)\n"
	    "\tMOVQ\t%d(R14), BX\n"
	    "\tMOVQ\tM_CURG(BX), AX\n\tMOVQ\tAX, curg+8(FP)\n"
	    "\tMOVQ\t%d(BX), CX\n\tMOVQ\tCX, g0+16(FP)\n"
	    "\tMOVL\tM_MALLOCING(BX), AX\n\tMOVQ\tAX, mallocing+24(FP)\n"
	    "\tMOVQ\tM_VDSOSP(BX), AX\n\tMOVQ\tAX, vdsosp+32(FP)\n"
	    "\tMOVQ\t%d(CX), AX\n\tMOVQ\tAX, g0sp+40(FP)\n"
	    "\tMOVQ\t%d(CX), AX\n\tMOVQ\tAX, g0lo+48(FP)\n"
	    "\tMOVQ\t%d(CX), AX\n\tMOVQ\tAX, g0hi+56(FP)\n"
	    "\tMOVQ\tSP, AX\n\tMOVQ\tAX, sp+64(FP)\n"
	    "\tMOVQ\t%d(R14), AX\n\tMOVQ\tAX, lo+72(FP)\n"
	    "\tMOVQ\t%d(R14), AX\n\tMOVQ\tAX, hi+80(FP)\n"
	    "\tRET\n",
	    gen, l->tag, l->version, LG_G_STACK_LO, LG_G_M, LG_G_SCHED_SP,
	    LG_M_G0, l->m_curg, l->m_mallocing, l->m_vdsosp, l->m_vdsopc,
	    l->m_signal_pending, LG_G_M,
	    LG_M_G0, LG_G_SCHED_SP, LG_G_STACK_LO, LG_G_STACK_HI,
	    LG_G_STACK_LO, LG_G_STACK_HI);
	  ln_sbuf_append (&s, fast.p, fast.len);
	  snprintf (name, sizeof name, "linkname_%s_amd64.s", l->file);
	  add_file (out, name, ln_sbuf_finish (&s));
	  ln_sbuf_printf (&none, " && !(%s)", l->tag);
	}
      char *constraint = ln_sbuf_finish (&none);
      add_file (out, "linkname_gover_amd64.go",
		refusal_file (opts, constraint,
			      "Leaf and bounded stubs read the Go runtime's "
			      "structures, whose layout linkname-go\n// "
			      "verified for Go 1.19 and Go 1.27 only: build "
			      "with one of them.",
			      "this_package_has_C_stubs_verified_for_Go_1_19_"
			      "and_1_27_only"));
      free (constraint);
    }
  add_file (out, "linkname_nocgo_amd64.go",
	    refusal_file (opts, "!cgo",
			  "The C functions are called through "
			  "runtime.cgocall and linked by the host\n// "
			  "linker: build with CGO_ENABLED=1 and a C "
			  "toolchain.",
			  "this_package_calls_C_and_needs_CGO_ENABLED_1"));
  add_file (out, "linkname_other.go",
	    refusal_file (opts, "!amd64",
			  "The C objects and the stubs are for x86-64: "
			  "build with GOARCH=amd64.",
			  "this_package_binds_x86_64_C_code_and_needs_"
			  "GOARCH_amd64"));
  if (nlibs)
    put_libs (g, opts, out);
  if (skipped.len)
    ln_sbuf_append (&listing, skipped.p, skipped.len);
  free (ln_sbuf_finish (&skipped));
  out->listing = ln_sbuf_finish (&listing);
  if (!out->listing)
    out->listing = xstrdup ("");
  free (ln_sbuf_finish (&types));
  free (ln_sbuf_finish (&decls));
  free (ln_sbuf_finish (&tramps));
  free (ln_sbuf_finish (&fast));
  for (size_t i = 0; i < g->nfuncs; i++)
    {
      if (argnames[i])
	for (size_t j = 0; j < g->funcs[i].nargs; j++)
	  free (argnames[i][j]);
      free (argnames[i]);
    }
  free (argnames);
  free (ln_sbuf_finish (&err));
  for (size_t i = 0; i < out->nfiles; i++)
    if (!out->texts[i])
      {
	lg_output_free (out);
	*errors = xstrdup ("linkname-go: out of memory\n");
	return -1;
      }
  return 0;
}

size_t
lg_rename_count (const struct lg_bind *g)
{
  return g->nrenames;
}

void
lg_rename (const struct lg_bind *g, size_t i, const char **from,
	   const char **to)
{
  *from = g->renames[2 * i];
  *to = g->renames[2 * i + 1];
}
