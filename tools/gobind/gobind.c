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

   Stubs.  Each stub copies its Go arguments into a frame on the thread's
   system stack (the M's g0 stack, as Go's race runtime does for its C
   calls), switches SP there, calls the C function's ABI0 thunk, switches
   back and copies the results.  The thunk and the C function keep R12 and
   R13 (SysV callee-saved), which hold the goroutine's SP and the frame.
   Arguments and results are addressed by their Go names, so 'go vet'
   checks every offset and the frame size against the declaration.  */
#include "gobind.h"
#include "linkname/gonote.h"
#include "linkname/sbuf.h"
#include "linkname/thunk.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Offsets in Go's runtime structures (runtime/runtime2.go), the same
   from Go 1.5 to today; the generated init function checks them.  */
#define G_STACK_LO 0
#define G_STACK_HI 8
#define G_M 48
#define G_SCHED_SP 56
#define M_G0 0

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
  /* Format 2 reads format 1 too: one function a note, no "=".  */
  if (version != LN_GONOTE_VERSION && version != 1)
    {
      snprintf (err, errlen, "%s: linkname note format %d; this linkname-go "
			     "reads %d: use the plugin and linkname-go of one "
			     "release",
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

/* Copy N bytes from SOFF(SRC) to DOFF(DST) through AX.  */
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

struct slot
{
  const char *name;
  const struct ty *t;
  unsigned long long off, size;
};

static void
put_stub (struct lg_bind *g, struct ln_sbuf *b, const struct func *f,
	  char **argnames, const struct lg_options *opts)
{
  struct slot *slots = xcalloc (f->nargs, sizeof *slots);
  unsigned long long off = 0;
  const char *why;
  for (size_t i = 0; i < f->nargs; i++)
    {
      struct slot *sl = &slots[i];
      unsigned a;
      sl->name = argnames[i];
      sl->t = f->args[i].t;
      go_layout (g, sl->t, &sl->size, &a, &why);
      sl->off = off = align_up (off, a);
      off += sl->size;
    }
  unsigned long long res_off = 0, res_size = 0, frame = off;
  if (f->has_res)
    {
      unsigned a;
      go_layout (g, f->res.t, &res_size, &a, &why);
      res_off = align_up (off, 8);
      frame = res_off + res_size;
    }
  ln_sbuf_printf (b, "\n// func %s: C's %s\nTEXT \xc2\xb7%s(SB), NOSPLIT, "
		     "$0-%llu\n",
		  f->goname, f->symbol, f->goname, frame);
  if (opts->goroutine_stack)
    {
      /* Unsafe, for benchmarks: the thunk reads the frame in place.  */
      ln_sbuf_printf (b, "\tJMP\t");
      put_asm_symbol (b, f->symbol);
      ln_sbuf_printf (b, "%s%s(SB)\n", "\xc2\xb7\xc2\xb7" "c",
		      "\xc2\xb7" "abi0");
      free (slots);
      return;
    }
  ln_sbuf_printf (
    b,
    "\tMOVQ\tTLS, CX\n"
    "\tMOVQ\t0(CX)(TLS*1), AX\t// g\n"
    "\tMOVQ\tSP, R13\n"
    "\tMOVQ\t%d(AX), BX\t// g.m\n"
    "\tMOVQ\t%d(BX), BX\t// m.g0\n"
    "\tCMPQ\tAX, BX\n"
    "\tJEQ\tsystem\t// already on the system stack\n"
    "\tMOVQ\t%d(BX), R13\t// g0.sched.sp: the system stack's free top\n"
    "system:\n"
    "\tSUBQ\t$%llu, R13\n"
    "\tANDQ\t$~15, R13\t// R13: the frame for the thunk\n",
    G_M, M_G0, G_SCHED_SP, align_up (frame, 8));
  for (size_t i = 0; i < f->nargs; i++)
    {
      const struct slot *s = &slots[i];
      if (s->size == 0)
	continue;
      if (scalar_p (s->t))
	{
	  char c = move_suffix (s->size);
	  ln_sbuf_printf (b, "\tMOV%c\t%s+%llu(FP), AX\n\tMOV%c\tAX, "
			     "%llu(R13)\n",
			  c, s->name, s->off, c, s->off);
	}
      else
	{
	  ln_sbuf_printf (b, "\tLEAQ\t%s+%llu(FP), DX\n", s->name, s->off);
	  put_copy (b, "DX", 0, "R13", s->off, s->size);
	}
    }
  ln_sbuf_printf (b, "\tMOVQ\tSP, R12\n\tMOVQ\tR13, SP\n\tCALL\t");
  put_asm_symbol (b, f->symbol);
  ln_sbuf_printf (b, "\xc2\xb7\xc2\xb7" "c" "\xc2\xb7" "abi0(SB)\n"
		  "\tMOVQ\tR12, SP\n");
  if (f->has_res && res_size)
    {
      if (scalar_p (f->res.t))
	{
	  char c = move_suffix (res_size);
	  ln_sbuf_printf (b, "\tMOV%c\t%llu(R13), AX\n\tMOV%c\tAX, "
			     "ret+%llu(FP)\n",
			  c, res_off, c, res_off);
	}
      else
	{
	  ln_sbuf_printf (b, "\tLEAQ\tret+%llu(FP), DX\n", res_off);
	  put_copy (b, "R13", res_off, "DX", 0, res_size);
	}
    }
  ln_sbuf_printf (b, "\tRET\n");
  free (slots);
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

int
lg_generate (struct lg_bind *g, const struct lg_options *opts,
	     char **go_text, char **asm_text, char **errors)
{
  struct ln_sbuf err = LN_SBUF_INIT;
  *go_text = *asm_text = *errors = NULL;

  /* Which functions become Go functions, under which names.  */
  size_t bound = 0;
  for (size_t i = 0; i < g->nfuncs; i++)
    {
      struct func *f = &g->funcs[i];
      const char *last = strrchr (f->symbol, '.');
      last = last ? last + 1 : f->symbol;
      if (!is_ident (last) || strcmp (last, "_") == 0
	  || strcmp (last, "init") == 0 || strcmp (last, "main") == 0)
	continue;
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
  if (!bound && !err.len)
    ln_sbuf_printf (&err, "no linknamed C function whose target ends in a "
			  "Go identifier: nothing to bind\n");
  if (err.len)
    {
      *errors = ln_sbuf_finish (&err);
      return -1;
    }

  struct ln_sbuf decls = LN_SBUF_INIT, s = LN_SBUF_INIT;
  char ***argnames = xcalloc (g->nfuncs, sizeof (char **));
  for (size_t i = 0; i < g->nfuncs; i++)
    {
      struct func *f = &g->funcs[i];
      if (!f->goname)
	continue;
      argnames[i] = xcalloc (f->nargs + 1, sizeof (char *));
      ln_sbuf_printf (&decls, "\n// %s calls C's %s through its ABI0 "
			      "thunk, on the thread's system stack.\n",
		      f->goname, f->symbol);
      int has_pointers = 0;
      for (size_t j = 0; j < f->nargs; j++)
	if (f->args[j].t->k == T_PTR || f->args[j].t->k == T_UNSAFE)
	  has_pointers = 1;
      if (has_pointers)
	ln_sbuf_printf (&decls, "// Pointers passed are valid for the call "
				"only.\n//\n//go:noescape\n");
      ln_sbuf_printf (&decls, "func %s(", f->goname);
      for (size_t j = 0; j < f->nargs; j++)
	{
	  char *n = *f->args[j].cname ? go_name (f->args[j].cname, 0)
				      : xprintf ("arg%zu", j);
	  int clash;
	  do
	    {
	      clash = is_keyword (n) || strcmp (n, "ret") == 0
		      || strcmp (n, "argframe") == 0 || strcmp (n, "_") == 0;
	      for (size_t k = 0; k < j && !clash; k++)
		clash = strcmp (argnames[i][k], n) == 0;
	      if (clash)
		{
		  char *n2 = xprintf ("%s_", n);
		  free (n);
		  n = n2;
		}
	    }
	  while (clash);
	  argnames[i][j] = n;
	  ln_sbuf_printf (&decls, "%s%s ", j ? ", " : "", n);
	  put_go_type (g, &decls, f->args[j].t);
	}
      ln_sbuf_printf (&decls, ")");
      if (f->has_res)
	{
	  ln_sbuf_printf (&decls, " ");
	  put_go_type (g, &decls, f->res.t);
	}
      ln_sbuf_printf (&decls, "\n");
      put_stub (g, &s, f, argnames[i], opts);
      add_rename (g, f->symbol, xprintf ("%s" LG_C_SUFFIX, f->symbol));
      add_rename (g, f->thunk,
		  xprintf ("%s" LG_C_SUFFIX LN_ABI0_SUFFIX, f->symbol));
    }
  /* Types named while writing the declarations; a definition may name
     more, which the loop then reaches.  */
  struct ln_sbuf types = LN_SBUF_INIT;
  for (size_t k = 0; k < g->nnamed; k++)
    put_rec_def (g, &types, g->named[k]);

  struct ln_sbuf go = LN_SBUF_INIT;
  ln_sbuf_printf (&go, "// Code generated by %s; DO NOT EDIT.\n\n"
		       "// The Go side of C functions compiled with the "
		       "linkname GCC plugin.\n"
		       "// Limits: the C code must not call back into Go; a "
		       "call cannot be preempted,\n"
		       "// so a long one holds up the garbage collector; "
		       "pointers are valid for the call only.\n\n"
		       "package %s\n\nimport (\n"
		       "\t// With runtime/cgo in the program, Go's linker "
		       "links the .syso externally\n"
		       "\t// (an internal static link leaves its relocations "
		       "unapplied), and every\n"
		       "\t// thread's system stack is a full C stack.\n"
		       "\t_ \"runtime/cgo\"\n",
		  opts->generator ? opts->generator : "linkname-go",
		  opts->package);
  if (g->uses_unsafe)
    ln_sbuf_printf (&go, "\t\"unsafe\"\n");
  ln_sbuf_printf (&go, ")\n");
  if (types.len)
    ln_sbuf_append (&go, types.p, types.len);
  if (decls.len)
    ln_sbuf_append (&go, decls.p, decls.len);
  if (!opts->goroutine_stack)
    ln_sbuf_printf (
      &go,
      "\nfunc linknameGoLayout() (sp, lo, hi, g0sp, g0lo, g0hi uintptr)\n\n"
      "// The stubs switch to the system stack with offsets in Go's "
      "runtime\n"
      "// structures; check them once against what this runtime shows.\n"
      "func init() {\n"
      "\tsp, lo, hi, g0sp, g0lo, g0hi := linknameGoLayout()\n"
      "\tif !(lo < sp && sp < hi && g0lo < g0sp && g0sp <= g0hi && "
      "g0hi-g0lo >= 64<<10 && (g0sp <= lo || g0sp > hi)) {\n"
      "\t\tpanic(\"linkname-go: this Go runtime's goroutine layout is not "
      "the one the stubs assume\")\n"
      "\t}\n}\n");
  free (ln_sbuf_finish (&types));
  free (ln_sbuf_finish (&decls));

  struct ln_sbuf as = LN_SBUF_INIT;
  ln_sbuf_printf (&as, "// Code generated by %s; DO NOT EDIT.\n\n"
		       "#include \"textflag.h\"\n",
		  opts->generator ? opts->generator : "linkname-go");
  if (!opts->goroutine_stack)
    ln_sbuf_printf (
      &as,
      "\n// func linknameGoLayout() (sp, lo, hi, g0sp, g0lo, g0hi uintptr)\n"
      "TEXT \xc2\xb7linknameGoLayout(SB), NOSPLIT, $0-48\n"
      "\tMOVQ\tTLS, CX\n\tMOVQ\t0(CX)(TLS*1), AX\n"
      "\tMOVQ\tSP, BX\n\tMOVQ\tBX, sp+0(FP)\n"
      "\tMOVQ\t%d(AX), BX\n\tMOVQ\tBX, lo+8(FP)\n"
      "\tMOVQ\t%d(AX), BX\n\tMOVQ\tBX, hi+16(FP)\n"
      "\tMOVQ\t%d(AX), BX\n\tMOVQ\t%d(BX), BX\n"
      "\tMOVQ\t%d(BX), CX\n\tMOVQ\tCX, g0sp+24(FP)\n"
      "\tMOVQ\t%d(BX), CX\n\tMOVQ\tCX, g0lo+32(FP)\n"
      "\tMOVQ\t%d(BX), CX\n\tMOVQ\tCX, g0hi+40(FP)\n\tRET\n",
      G_STACK_LO, G_STACK_HI, G_M, M_G0, G_SCHED_SP, G_STACK_LO,
      G_STACK_HI);
  ln_sbuf_append (&as, s.p ? s.p : "", s.len);
  free (ln_sbuf_finish (&s));
  for (size_t i = 0; i < g->nfuncs; i++)
    {
      if (argnames[i])
	for (size_t j = 0; j < g->funcs[i].nargs; j++)
	  free (argnames[i][j]);
      free (argnames[i]);
    }
  free (argnames);
  *go_text = ln_sbuf_finish (&go);
  *asm_text = ln_sbuf_finish (&as);
  free (ln_sbuf_finish (&err));
  if (!*go_text || !*asm_text)
    {
      free (*go_text);
      free (*asm_text);
      *go_text = *asm_text = NULL;
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
