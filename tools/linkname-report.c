/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* linkname-report - print the report the linkname plugin recorded in the
   objects it compiled: the same tab-separated lines that
   -fplugin-arg-linkname-report=FILE writes (include/linkname/report.h),
   but from the objects themselves, so that units served by ccache or
   compiled by distcc on another machine are there too.

     linkname-report [-v] FILE...

   On a terminal the lines get a header and aligned columns; into a pipe
   or a file they stay tab-separated, for scripts.

   FILE is an object, an ar archive of objects, or a linked program or
   shared library (ld keeps the notes and puts them one after another).
   -v precedes each unit's lines with "# FILE[(MEMBER)]: linkname VERSION",
   the version of the plugin that compiled it.  Exit status 1 when a file
   cannot be read, is not ELF, holds a note this reader does not know, or
   is an LTO object without notes (they appear in the linked program, or
   with -ffat-lto-objects).  */
#include "linkname/elfnote.h"
#include "linkname/licence.h"
#include "linkname/options.h"
#include "linkname/report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *prog = "linkname-report";

struct reader
{
  const char *file;
  int verbose, status;
  FILE *out;	/* stdout, or the table's buffer on a terminal */
};

static int
print_note (void *arg, const char *member, const char *desc, size_t len)
{
  struct reader *r = arg;
  char version[64];
  const char *lines = ln_report_note_lines (desc, len, version, sizeof version);
  if (!lines)
    {
      fprintf (stderr, "%s: %s%s%s%s: a report note in a format this "
		       "reader (linkname %s) does not know\n",
	       prog, r->file, *member ? "(" : "", member, *member ? ")" : "",
	       LN_VERSION);
      r->status = 1;
      return 0;
    }
  if (r->verbose)
    fprintf (r->out, "# %s%s%s%s: linkname %s\n", r->file, *member ? "(" : "",
	     member, *member ? ")" : "", version);
  fputs (lines, r->out);
  return 0;
}

/* The report's columns (include/linkname/report.h), for the table.  */
static const char *const columns[]
  = { "LOCAL", "SYMBOL", "KIND", "ROLE", "THUNK", "WHERE" };
#define NCOLUMNS (sizeof columns / sizeof columns[0])
#define MAXFIELDS 16

/* Split LINE (one report line, no newline) at its tabs into F; the count.  */
static size_t
split_fields (char *line, char *f[MAXFIELDS])
{
  size_t n = 0;
  f[n++] = line;
  for (char *t = line; (t = strchr (t, '\t')) && n < MAXFIELDS; )
    {
      *t++ = '\0';
      f[n++] = t;
    }
  return n;
}

/* TEXT, the tab-separated lines, as a table: a header, each column as
   wide as its widest field plus two; "# FILE" lines (-v) as they are.  */
static void
print_table (char *text)
{
  size_t width[MAXFIELDS] = { 0 };
  for (size_t i = 0; i < NCOLUMNS; i++)
    width[i] = strlen (columns[i]);
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
	for (size_t i = 0; i < NCOLUMNS; i++)
	  printf ("%-*s%s", i + 1 < NCOLUMNS ? (int) width[i] + 2 : 0,
		  columns[i], i + 1 < NCOLUMNS ? "" : "\n");
      for (char *line = text, *next; *line; line = next)
	{
	  char *nl = strchr (line, '\n');
	  next = nl ? nl + 1 : line + strlen (line);
	  size_t len = (size_t) (next - line) - (nl != NULL);
	  char saved = line[len];
	  line[len] = '\0';
	  if (line[0] == '#')
	    {
	      if (pass == 1)
		puts (line);
	    }
	  else
	    {
	      char *copy = strdup (line), *f[MAXFIELDS];
	      size_t n = copy ? split_fields (copy, f) : 0;
	      for (size_t i = 0; i < n; i++)
		if (pass == 0 && strlen (f[i]) > width[i])
		  width[i] = strlen (f[i]);
		else if (pass == 1)
		  printf ("%-*s%s", i + 1 < n ? (int) width[i] + 2 : 0, f[i],
			  i + 1 < n ? "" : "\n");
	      free (copy);
	    }
	  line[len] = saved;
	}
    }
}

static void
usage (void)
{
  printf (
	   "Usage: %s [OPTION]... FILE...\n"
	   "Prints the report lines the linkname plugin recorded in objects, "
	   "archives\n"
	   "and linked programs (as -fplugin-arg-linkname-report=FILE writes "
	   "them):\n"
	   "tab-separated, or on a terminal with a header and aligned "
	   "columns.\n"
	   "\n"
	   "  -v           precede each unit's lines with '# FILE: linkname "
	   "VERSION'\n"
	   "  -h, --help   print this help and exit\n"
	   "  --version    print the version and licence and exit\n",
	   prog);
}

int
main (int argc, char **argv)
{
  struct reader r = { NULL, 0, 0, stdout };
  int first = 1;
  for (; first < argc && argv[first][0] == '-'; first++)
    {
      if (strcmp (argv[first], "-v") == 0)
	r.verbose = 1;
      else if (strcmp (argv[first], "--version") == 0)
	{
	  printf ("linkname-report (linkname) %s\n%s", LN_VERSION,
		  LN_LICENCE_TEXT);
	  return 0;
	}
      else if (strcmp (argv[first], "-h") == 0
	       || strcmp (argv[first], "--help") == 0)
	{
	  usage ();
	  return 0;
	}
      else
	{
	  fprintf (stderr, "%s: unknown option %s (try --help)\n", prog,
		   argv[first]);
	  return 2;
	}
    }
  if (first == argc)
    {
      fprintf (stderr, "%s: no input files (try --help)\n", prog);
      return 2;
    }
  char *table = NULL;
  size_t table_len = 0;
  if (isatty (STDOUT_FILENO))
    r.out = open_memstream (&table, &table_len);
  if (!r.out)
    r.out = stdout;
  for (int i = first; i < argc; i++)
    {
      size_t len;
      char *img = ln_elfnote_read_file (argv[i], &len);
      if (!img)
	{
	  fprintf (stderr, "%s: cannot read %s: %s\n", prog, argv[i],
		   strerror (errno));
	  r.status = 1;
	  continue;
	}
      r.file = argv[i];
      struct ln_elfnote_query q = { LN_REPORT_SECTION, LN_REPORT_NOTE_NAME,
				    LN_REPORT_NOTE_TYPE, print_note, &r, 0, 0 };
      char err[512];
      if (ln_elfnote_walk (img, len, &q, err, sizeof err) != 0)
	{
	  fprintf (stderr, "%s: %s: %s\n", prog, argv[i], err);
	  r.status = 1;
	}
      else if (q.lto_without_notes)
	{
	  fprintf (stderr, "%s: %s: %u LTO object%s without a report: the "
			   "notes appear once it is linked (or compile with "
			   "-ffat-lto-objects)\n",
		   prog, argv[i], q.lto_without_notes,
		   q.lto_without_notes == 1 ? "" : "s");
	  r.status = 1;
	}
      free (img);
    }
  if (r.out != stdout)
    {
      fclose (r.out);
      if (table && *table)
	print_table (table);
      free (table);
    }
  if (fflush (stdout) != 0)
    {
      fprintf (stderr, "%s: write error: %s\n", prog, strerror (errno));
      r.status = 1;
    }
  return r.status;
}
