/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* elfnote.c - the notes of one section in an ELF file or an ar archive
   (elfnote.h).  Every offset and size is checked against the image before
   it is used: the input is whatever the user names.  */
#include "linkname/elfnote.h"

#include <stdint.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct elf
{
  const unsigned char *p;
  size_t len;
  int is64, big;
};

static uint64_t
get (const struct elf *e, size_t off, int n)
{
  uint64_t v = 0;
  for (int i = 0; i < n; i++)
    v |= (uint64_t) e->p[off + (e->big ? n - 1 - i : i)] << (8 * i);
  return v;
}

/* Is [OFF, OFF+SIZE) inside the image?  */
static int
inside (const struct elf *e, uint64_t off, uint64_t size)
{
  return off <= e->len && size <= e->len - off;
}

/* Section header I: name, type, offset, size.  */
static void
shdr (const struct elf *e, uint64_t shoff, unsigned entsize, uint64_t i,
      uint64_t f[4])
{
  size_t h = (size_t) (shoff + i * entsize);
  f[0] = get (e, h, 4);
  f[1] = get (e, h + 4, 4);
  f[2] = e->is64 ? get (e, h + 24, 8) : get (e, h + 16, 4);
  f[3] = e->is64 ? get (e, h + 32, 8) : get (e, h + 20, 4);
}

static int
fail (char *err, size_t errlen, const char *member, const char *what)
{
  snprintf (err, errlen, "%s%s%s", member, *member ? ": " : "", what);
  return -1;
}

#define SHT_NOTE_ 7u

static int
walk_elf (const struct elf *e, const char *member,
	  struct ln_elfnote_query *q, char *err, size_t errlen)
{
  if (e->len < (e->is64 ? 64u : 52u))
    return fail (err, errlen, member, "truncated ELF header");
  uint64_t shoff = e->is64 ? get (e, 0x28, 8) : get (e, 0x20, 4);
  unsigned entsize = (unsigned) get (e, e->is64 ? 0x3a : 0x2e, 2);
  uint64_t shnum = get (e, e->is64 ? 0x3c : 0x30, 2);
  uint64_t strndx = get (e, e->is64 ? 0x3e : 0x32, 2);
  q->objects++;
  if (shoff == 0)
    return 0; /* no sections at all */
  if (entsize < (e->is64 ? 64u : 40u) || !inside (e, shoff, entsize))
    return fail (err, errlen, member, "malformed ELF section table");
  uint64_t f[4];
  /* More than 0xff00 sections: the real numbers are in section 0.  */
  if (shnum == 0 || strndx == 0xffff)
    {
      size_t h = (size_t) shoff;
      if (shnum == 0)
	shnum = e->is64 ? get (e, h + 32, 8) : get (e, h + 20, 4);
      if (strndx == 0xffff)
	strndx = get (e, h + (e->is64 ? 40 : 24), 4);
    }
  if (shnum > (e->len - shoff) / entsize || strndx >= shnum)
    return fail (err, errlen, member, "malformed ELF section table");
  uint64_t strs[4];
  shdr (e, shoff, entsize, strndx, strs);
  if (!inside (e, strs[2], strs[3]))
    return fail (err, errlen, member, "malformed ELF section names");
  const char *names = (const char *) e->p + strs[2];
  size_t want = strlen (q->section), owner = strlen (q->owner) + 1;
  int notes = 0, lto = 0;
  for (uint64_t i = 0; i < shnum; i++)
    {
      shdr (e, shoff, entsize, i, f);
      if (f[0] >= strs[3])
	continue;
      const char *name = names + f[0];
      size_t room = (size_t) (strs[3] - f[0]);
      if (strncmp (name, ".gnu.lto_", room < 9 ? room : 9) == 0 && room > 9)
	lto = 1;
      if (f[1] != SHT_NOTE_ || room <= want || memcmp (name, q->section, want)
	  || name[want])
	continue;
      if (!inside (e, f[2], f[3]))
	return fail (err, errlen, member, "malformed note section");
      for (uint64_t at = f[2], end = f[2] + f[3]; end - at >= 12;)
	{
	  uint64_t nsz = get (e, at, 4), dsz = get (e, at + 4, 4);
	  uint64_t type = get (e, at + 8, 4);
	  uint64_t nal = (nsz + 3) & ~(uint64_t) 3, dal = (dsz + 3) & ~(uint64_t) 3;
	  if (nal > end - at - 12 || dal > end - at - 12 - nal)
	    return fail (err, errlen, member, "malformed note");
	  const char *nm = (const char *) e->p + at + 12;
	  if (type == q->type && nsz == owner && memcmp (nm, q->owner, owner) == 0)
	    {
	      notes++;
	      int r = q->fn (q->arg, member, nm + nal, (size_t) dsz);
	      if (r)
		return r;
	    }
	  at += 12 + nal + dal;
	}
    }
  if (lto && !notes)
    q->lto_without_notes++;
  return 0;
}

static int
walk_object (const char *img, size_t len, const char *member,
	     struct ln_elfnote_query *q, char *err, size_t errlen)
{
  const unsigned char *p = (const unsigned char *) img;
  if (len < 16 || memcmp (p, "\177ELF", 4) != 0 || (p[4] != 1 && p[4] != 2)
      || (p[5] != 1 && p[5] != 2))
    return fail (err, errlen, member, "not an ELF file");
  struct elf e = { p, len, p[4] == 2, p[5] == 2 };
  return walk_elf (&e, member, q, err, errlen);
}

/* An archive member's name (GNU ar): "name/", or "/OFFSET" into the
   long names.  */
static void
member_name (const char *h, const char *longnames, size_t longlen,
	     char *out, size_t outlen)
{
  size_t n = 16;
  while (n > 0 && h[n - 1] == ' ')
    n--;
  if (n > 1 && h[0] == '/' && longnames)
    {
      size_t off = (size_t) strtoul (h + 1, NULL, 10), k = 0;
      while (off + k < longlen && longnames[off + k] != '/'
	     && longnames[off + k] != '\n')
	k++;
      h = off < longlen ? longnames + off : "";
      n = off < longlen ? k : 0;
    }
  else if (n > 0 && h[n - 1] == '/')
    n--;
  if (n >= outlen)
    n = outlen - 1;
  memcpy (out, h, n);
  out[n] = '\0';
}

int
ln_elfnote_walk (const char *img, size_t len, struct ln_elfnote_query *q,
		 char *err, size_t errlen)
{
  if (len >= 8 && memcmp (img, "!<thin>\n", 8) == 0)
    return fail (err, errlen, "", "a thin archive: give its members");
  if (len < 8 || memcmp (img, "!<arch>\n", 8) != 0)
    return walk_object (img, len, "", q, err, errlen);
  const char *longnames = NULL;
  size_t longlen = 0;
  for (size_t at = 8; at < len;)
    {
      if (len - at < 60 || memcmp (img + at + 58, "`\n", 2) != 0)
	return fail (err, errlen, "", "malformed archive member header");
      char size_text[11];
      memcpy (size_text, img + at + 48, 10);
      size_text[10] = '\0';
      char *end;
      unsigned long long size = strtoull (size_text, &end, 10);
      if (end == size_text || size > len - at - 60)
	return fail (err, errlen, "", "malformed archive member size");
      const char *h = img + at, *data = img + at + 60;
      size_t dlen = (size_t) size;
      if (memcmp (h, "//", 2) == 0)
	{
	  longnames = data;
	  longlen = dlen;
	}
      else if (h[0] != '/' || (h[1] >= '0' && h[1] <= '9'))
	{
	  char name[256];
	  member_name (h, longnames, longlen, name, sizeof name);
	  int r = walk_object (data, dlen, name, q, err, errlen);
	  if (r)
	    return r;
	}
      /* "/" and "/SYM64/" are symbol tables.  */
      at += 60 + dlen + (dlen & 1);
    }
  return 0;
}

char *
ln_elfnote_read_file (const char *path, size_t *len)
{
  FILE *f = fopen (path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0, got;
  char *p = malloc (cap);
  while (p && (got = fread (p + n, 1, cap - n, f)) > 0)
    if ((n += got) == cap)
      {
	char *q = realloc (p, cap *= 2);
	if (!q)
	  free (p);
	p = q;
      }
  int bad = ferror (f);
  fclose (f);
  if (bad || !p)
    {
      free (p);
      errno = bad ? EIO : ENOMEM;
      return NULL;
    }
  *len = n;
  return p;
}
