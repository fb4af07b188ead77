/* symabis.c - read a symabis file.  The rules and messages follow
   cmd/compile's reader (ssagen.(*SymABIs).ReadSymABIs): fields separated
   by white space, verb def or ref, exactly three fields, ABI0 or
   ABIInternal, "#" comments.  */
#include "linkname/symabis.h"
#include "linkname/strmap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ln_symabis
{
  struct ln_strmap *syms; /* symbol -> bits */
};

void
ln_symabis_free (struct ln_symabis *s)
{
  if (!s)
    return;
  ln_strmap_free (s->syms);
  free (s);
}

unsigned
ln_symabis_lookup (const struct ln_symabis *s, const char *symbol)
{
  return s ? (unsigned) (uintptr_t) ln_strmap_get (s->syms, symbol) : 0;
}

static int
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Split LINE into at most 4 fields (NUL-terminating them in place).  */
static int
split_fields (char *line, char *fields[4])
{
  int n = 0;
  for (char *p = line; *p && n < 4;)
    {
      while (is_space (*p))
	p++;
      if (!*p)
	break;
      fields[n++] = p;
      while (*p && !is_space (*p))
	p++;
      if (*p)
	*p++ = '\0';
    }
  return n;
}

/* Add one line's fields to S.  0, or nonzero with the reason in WHAT.  */
static int
add_line (struct ln_symabis *s, char *f[4], int nf, const char *pkgpath,
	  char *what, size_t len)
{
  int def = strcmp (f[0], "def") == 0;
  if (!def && strcmp (f[0], "ref") != 0)
    {
      snprintf (what, len, "invalid symabi type \"%s\"; lines are "
			   "'def SYMBOL ABI' or 'ref SYMBOL ABI'", f[0]);
      return 1;
    }
  if (nf != 3)
    {
      snprintf (what, len, "invalid symabi: syntax is \"%s sym abi\"", f[0]);
      return 1;
    }
  unsigned bit;
  if (strcmp (f[2], "ABI0") == 0)
    bit = def ? LN_DEF_ABI0 : LN_REF_ABI0;
  else if (strcmp (f[2], "ABIInternal") == 0)
    bit = def ? LN_DEF_ABIINTERNAL : LN_REF_ABIINTERNAL;
  else
    {
      snprintf (what, len, "invalid symabi: unknown abi \"%s\"", f[2]);
      return 1;
    }
  const char *sym = f[1];
  char *canon = NULL;
  if (strncmp (sym, "\"\".", 3) == 0)
    {
      if (!pkgpath)
	{
	  snprintf (what, len, "symbol '%s' is in the local package (\"\"); "
			       "give its path with "
			       "-fplugin-arg-linkname-pkgpath=PATH", sym);
	  return 1;
	}
      canon = malloc (strlen (pkgpath) + strlen (sym));
      if (!canon)
	goto oom;
      sprintf (canon, "%s.%s", pkgpath, sym + 3);
      sym = canon;
    }
  uintptr_t bits = ln_symabis_lookup (s, sym) | bit;
  if (!ln_strmap_put (s->syms, sym, (void *) bits))
    goto oom;
  free (canon);
  return 0;
oom:
  free (canon);
  snprintf (what, len, "out of memory");
  return 1;
}

struct ln_symabis *
ln_symabis_parse (const char *file, const char *text, size_t len,
		  const char *pkgpath, char *err, size_t errlen)
{
  struct ln_symabis *s = calloc (1, sizeof *s);
  if (!s || !(s->syms = ln_strmap_new ()))
    {
      ln_symabis_free (s);
      snprintf (err, errlen, "%s: out of memory", file);
      return NULL;
    }
  unsigned lineno = 0;
  for (size_t pos = 0; pos < len; lineno++)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      size_t n = nl ? (size_t) (nl - (text + pos)) : len - pos;
      char *line = malloc (n + 1);
      char what[300] = "out of memory";
      int bad = !line;
      if (line)
	{
	  memcpy (line, text + pos, n);
	  line[n] = '\0';
	  char *f[4];
	  int nf = split_fields (line, f);
	  /* A NUL byte inside the line would hide the rest of it.  */
	  if (memchr (text + pos, '\0', n))
	    bad = snprintf (what, sizeof what, "NUL byte in line") > 0;
	  else if (nf > 0 && f[0][0] != '#')
	    bad = add_line (s, f, nf, pkgpath, what, sizeof what);
	  free (line);
	}
      if (bad)
	{
	  snprintf (err, errlen, "%s:%u: %s", file, lineno + 1, what);
	  ln_symabis_free (s);
	  return NULL;
	}
      pos += n + 1;
    }
  return s;
}
