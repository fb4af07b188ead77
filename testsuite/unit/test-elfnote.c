/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-elfnote.c - the report note's text, and finding notes in ELF
   files of both classes and byte orders, and in archives; malformed
   input is an error, never a read out of bounds (unit-san).  */
#include "unit.h"
#include "linkname/elfnote.h"
#include "linkname/report.h"

#include <stdlib.h>

static size_t
put (unsigned char *p, size_t at, unsigned long long v, int n, int big)
{
  for (int i = 0; i < n; i++)
    p[at + (big ? n - 1 - i : i)] = (unsigned char) (v >> (8 * i));
  return at + (size_t) n;
}

/* An ELF file: sections null, .shstrtab, SECTION holding a note of TYPE
   (owner "linkname") with DESC, and .gnu.lto_x when LTO.  Returns its
   length in BUF.  */
static size_t note_offset; /* where make_elf put the note */

static size_t
make_elf (unsigned char *buf, int is64, int big, const char *section,
	  unsigned type, const char *desc, int lto)
{
  memset (buf, 0, 4096);
  memcpy (buf, "\177ELF", 4);
  buf[4] = is64 ? 2 : 1;
  buf[5] = big ? 2 : 1;
  buf[6] = 1;
  char names[128];
  size_t nl = 0;
  names[nl++] = '\0';
  size_t n_shstr = nl;
  nl += (size_t) sprintf (names + nl, ".shstrtab") + 1;
  size_t n_note = nl;
  nl += (size_t) sprintf (names + nl, "%s", section) + 1;
  size_t n_lto = nl;
  nl += (size_t) sprintf (names + nl, ".gnu.lto_x") + 1;
  size_t at = is64 ? 64 : 52;
  size_t names_at = at;
  memcpy (buf + at, names, nl);
  at = (at + nl + 3) & ~(size_t) 3;
  size_t note_at = note_offset = at, dlen = desc ? strlen (desc) + 1 : 0;
  if (desc)
    {
      at = put (buf, at, 9, 4, big);
      at = put (buf, at, dlen, 4, big);
      at = put (buf, at, type, 4, big);
      memcpy (buf + at, "linkname", 9);
      at += 12;
      memcpy (buf + at, desc, dlen);
      at = (at + dlen + 3) & ~(size_t) 3;
    }
  size_t note_len = at - note_at;
  at = (at + 7) & ~(size_t) 7;
  size_t shoff = at, ent = is64 ? 64 : 40, nsec = lto ? 4 : 3;
  struct { size_t name; unsigned type; size_t off, size; } sec[4] = {
    { 0, 0, 0, 0 },
    { n_shstr, 3, names_at, nl },
    { n_note, 7, note_at, note_len },
    { n_lto, 1, note_at, 0 },
  };
  for (size_t i = 0; i < nsec; i++)
    {
      size_t h = shoff + i * ent;
      put (buf, h, sec[i].name, 4, big);
      put (buf, h + 4, sec[i].type, 4, big);
      put (buf, h + (is64 ? 24 : 16), sec[i].off, is64 ? 8 : 4, big);
      put (buf, h + (is64 ? 32 : 20), sec[i].size, is64 ? 8 : 4, big);
    }
  put (buf, is64 ? 0x28 : 0x20, shoff, is64 ? 8 : 4, big);
  put (buf, is64 ? 0x3a : 0x2e, ent, 2, big);
  put (buf, is64 ? 0x3c : 0x30, nsec, 2, big);
  put (buf, is64 ? 0x3e : 0x32, 1, 2, big);
  return shoff + nsec * ent;
}

struct seen
{
  char text[2048];
  int notes;
};

static int
collect (void *arg, const char *member, const char *desc, size_t len)
{
  struct seen *s = arg;
  char version[32];
  const char *lines = ln_report_note_lines (desc, len, version, sizeof version);
  size_t n = strlen (s->text);
  snprintf (s->text + n, sizeof s->text - n, "[%s|%s]%s", member,
	    version, lines ? lines : "(bad)");
  s->notes++;
  return 0;
}

static int
walk (const unsigned char *img, size_t len, struct seen *s,
      struct ln_elfnote_query *q, char *err)
{
  memset (s, 0, sizeof *s);
  memset (q, 0, sizeof *q);
  q->section = LN_REPORT_SECTION;
  q->owner = LN_REPORT_NOTE_NAME;
  q->type = LN_REPORT_NOTE_TYPE;
  q->fn = collect;
  q->arg = s;
  err[0] = '\0';
  return ln_elfnote_walk ((const char *) img, len, q, err, 256);
}

/* Append member NAME (DATA, LEN bytes) to the archive in BUF at AT.  */
static size_t
ar_member (unsigned char *buf, size_t at, const char *name,
	   const unsigned char *data, size_t len)
{
  char h[61];
  snprintf (h, sizeof h, "%-16s%-12s%-6s%-6s%-8s%-10zu`\n", name, "0", "0",
	    "0", "644", len);
  memcpy (buf + at, h, 60);
  memcpy (buf + at + 60, data, len);
  at += 60 + len;
  if (len & 1)
    buf[at++] = '\n';
  return at;
}

void
test_elfnote (void)
{
  /* The note's text around the report lines.  */
  struct ln_report *r = ln_report_new ();
  struct ln_report_line l = { "f", "pkg.f", 1, "push", 1, "a.c", 3, 1 };
  ln_report_add (r, &l);
  char *desc = ln_report_note (r, "9.8.7");
  CHECK_STR (desc, "linkname-report 1 9.8.7\n"
		   "f\tpkg.f\tfunction\tpush\tyes\ta.c:3:1\n");
  char v[16];
  CHECK_STR (ln_report_note_lines (desc, strlen (desc) + 1, v, sizeof v),
	     "f\tpkg.f\tfunction\tpush\tyes\ta.c:3:1\n");
  CHECK_STR (v, "9.8.7");
  CHECK (ln_report_note_lines (desc, strlen (desc), v, sizeof v) == NULL);
  CHECK (ln_report_note_lines ("linkname-report 2 x\n", 21, v, sizeof v)
	 == NULL);
  CHECK (ln_report_note_lines ("linkname-report 1 \n", 20, v, sizeof v)
	 == NULL);
  CHECK (ln_report_note_lines ("linkname-report 1 x", 20, v, 2) == NULL);
  ln_report_free (r);

  static unsigned char img[4096], img2[4096], ar[16384];
  struct seen s;
  struct ln_elfnote_query q;
  char err[256];
  for (int is64 = 0; is64 < 2; is64++)
    for (int big = 0; big < 2; big++)
      {
	size_t n = make_elf (img, is64, big, LN_REPORT_SECTION,
			     LN_REPORT_NOTE_TYPE, desc, 0);
	CHECK (walk (img, n, &s, &q, err) == 0);
	CHECK_STR (s.text, "[|9.8.7]f\tpkg.f\tfunction\tpush\tyes\ta.c:3:1\n");
	CHECK (q.objects == 1 && q.lto_without_notes == 0);
	/* Every truncation is an error or a shorter walk, never a crash.  */
	for (size_t cut = 0; cut < n; cut += 7)
	  walk (img, cut, &s, &q, err);
      }
  /* Other types, owners and sections are not ours.  */
  size_t n = make_elf (img, 1, 0, LN_REPORT_SECTION, 1, desc, 0);
  CHECK (walk (img, n, &s, &q, err) == 0 && s.notes == 0);
  n = make_elf (img, 1, 0, ".note.linkname", LN_REPORT_NOTE_TYPE, desc, 0);
  CHECK (walk (img, n, &s, &q, err) == 0 && s.notes == 0);
  n = make_elf (img, 1, 0, LN_REPORT_SECTION "x", LN_REPORT_NOTE_TYPE, desc,
		0);
  CHECK (walk (img, n, &s, &q, err) == 0 && s.notes == 0);
  /* An LTO object without the note: counted.  */
  n = make_elf (img, 1, 0, LN_REPORT_SECTION, LN_REPORT_NOTE_TYPE, NULL, 1);
  CHECK (walk (img, n, &s, &q, err) == 0 && q.lto_without_notes == 1);
  /* A note whose size runs past its section.  */
  n = make_elf (img, 1, 0, LN_REPORT_SECTION, LN_REPORT_NOTE_TYPE, desc, 0);
  img[note_offset + 4] = 0xff; /* descsz */
  CHECK (walk (img, n, &s, &q, err) == -1);
  CHECK_STR (err, "malformed note");
  CHECK (walk ((const unsigned char *) "hello, world!!!!!", 17, &s, &q, err)
	 == -1);
  CHECK_STR (err, "not an ELF file");

  /* An archive: symbol table, long names, a short and a long member.  */
  n = make_elf (img, 1, 0, LN_REPORT_SECTION, LN_REPORT_NOTE_TYPE, desc, 0);
  size_t n2 = make_elf (img2, 0, 1, LN_REPORT_SECTION, LN_REPORT_NOTE_TYPE,
			desc, 0);
  size_t at = 8;
  memcpy (ar, "!<arch>\n", 8);
  at = ar_member (ar, at, "/", (const unsigned char *) "\0\0\0\0", 4);
  static const char longnames[] = "a-rather-long-member-name.o/\n";
  at = ar_member (ar, at, "//", (const unsigned char *) longnames,
		  sizeof longnames - 1);
  at = ar_member (ar, at, "short.o/", img, n);
  at = ar_member (ar, at, "/0", img2, n2);
  CHECK (walk (ar, at, &s, &q, err) == 0);
  CHECK_STR (s.text,
	     "[short.o|9.8.7]f\tpkg.f\tfunction\tpush\tyes\ta.c:3:1\n"
	     "[a-rather-long-member-name.o|9.8.7]f\tpkg.f\tfunction\tpush\tyes\t"
	     "a.c:3:1\n");
  CHECK (q.objects == 2);
  for (size_t cut = 8; cut < at; cut += 13)
    walk (ar, cut, &s, &q, err);
  memcpy (ar, "!<thin>\n", 8);
  CHECK (walk (ar, at, &s, &q, err) == -1);
  CHECK_CONTAINS (err, "thin archive");
  free (desc);
}
