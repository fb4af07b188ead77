/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* report.h - -fplugin-arg-linkname-report=FILE: one tab-separated line
   per applied directive, for users who compare with gccgo.

     LOCAL <TAB> SYMBOL <TAB> KIND <TAB> ROLE <TAB> THUNK <TAB> LOCATION

   SYMBOL is the name the directive gives (pushed, exported or pulled),
   after any mangling; KIND is function or variable; ROLE is push, pull
   or export; THUNK is yes or no (an ABI0 thunk was emitted for it);
   LOCATION is FILE:LINE:COLUMN of the directive.  A '\', tab or newline
   inside a field is written \\, \t, \n.  Many compilers may append to
   one file at once: each unit's lines go out in one write() under a
   POSIX lock, so lines never interleave.

   The same lines travel in the object, whatever builds it (ccache hits,
   distcc, -flto): one ELF note per unit with applied directives (SHT_NOTE,
   not allocated: no room in a program; ld concatenates them) in section
   LN_REPORT_SECTION, owner LN_REPORT_NOTE_NAME, type LN_REPORT_NOTE_TYPE.
   Its descriptor is NUL-terminated text:

     linkname-report <format version> <plugin version> LF
     the unit's report lines, as above

   linkname-report (tools/linkname-report.c) prints them from objects,
   archives and linked programs.  */
#ifndef LINKNAME_REPORT_H
#define LINKNAME_REPORT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct ln_report_line
{
  const char *local, *symbol;
  int is_function; /* else a variable */
  const char *role; /* "push", "pull" or "export" */
  int thunk;
  const char *file;
  unsigned line, column;
};

struct ln_report;

/* The lines of one unit, collected in memory.  NULL when out of memory.  */
struct ln_report *ln_report_new (void);
/* 0, or nonzero when out of memory.  */
int ln_report_add (struct ln_report *r, const struct ln_report_line *l);
/* The text so far (NUL-terminated) and its length.  */
const char *ln_report_text (const struct ln_report *r, size_t *len);
/* Append everything to PATH (created when missing) in one write.  0, or
   nonzero with the reason in WHY.  */
int ln_report_append (const struct ln_report *r, const char *path, char *why,
		      size_t whylen);
void ln_report_free (struct ln_report *r);

#define LN_REPORT_SECTION ".note.linkname.report"
#define LN_REPORT_NOTE_NAME "linkname"
#define LN_REPORT_NOTE_TYPE 2
#define LN_REPORT_NOTE_FORMAT 1

/* The note's descriptor for R's lines, made by plugin VERSION (malloc'd,
   NUL-terminated), or NULL when out of memory.  */
char *ln_report_note (const struct ln_report *r, const char *version);
/* The report lines in a note's descriptor DESC (LEN bytes, the final NUL
   included), and the plugin's version in VERSION; NULL when DESC is not
   such a note (malformed, or a format this reader does not know).  */
const char *ln_report_note_lines (const char *desc, size_t len,
				  char *version, size_t versionlen);

#ifdef __cplusplus
}
#endif

#endif
