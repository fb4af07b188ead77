/* linkname-report - print the report the linkname plugin recorded in the
   objects it compiled: the same tab-separated lines that
   -fplugin-arg-linkname-report=FILE writes (include/linkname/report.h),
   but from the objects themselves, so that units served by ccache or
   compiled by distcc on another machine are there too.

     linkname-report [-v] FILE...

   FILE is an object, an ar archive of objects, or a linked program or
   shared library (ld keeps the notes and puts them one after another).
   -v precedes each unit's lines with "# FILE[(MEMBER)]: linkname VERSION",
   the version of the plugin that compiled it.  Exit status 1 when a file
   cannot be read, is not ELF, holds a note this reader does not know, or
   is an LTO object without notes (they appear in the linked program, or
   with -ffat-lto-objects).  */
#include "linkname/elfnote.h"
#include "linkname/options.h"
#include "linkname/report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *prog = "linkname-report";

struct reader
{
  const char *file;
  int verbose, status;
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
    printf ("# %s%s%s%s: linkname %s\n", r->file, *member ? "(" : "", member,
	    *member ? ")" : "", version);
  fputs (lines, stdout);
  return 0;
}

int
main (int argc, char **argv)
{
  struct reader r = { NULL, 0, 0 };
  int first = 1;
  for (; first < argc && argv[first][0] == '-'; first++)
    {
      if (strcmp (argv[first], "-v") == 0)
	r.verbose = 1;
      else if (strcmp (argv[first], "--version") == 0)
	{
	  printf ("linkname-report (linkname) %s\n", LN_VERSION);
	  return 0;
	}
      else
	{
	  int help = strcmp (argv[first], "--help") == 0;
	  fprintf (help ? stdout : stderr,
		   "usage: %s [-v] FILE...\n"
		   "Prints the report lines the linkname plugin recorded in "
		   "objects, archives\n"
		   "and linked programs (as -fplugin-arg-linkname-report=FILE "
		   "writes them).\n"
		   "  -v   precede each unit's lines with '# FILE: linkname "
		   "VERSION'\n",
		   prog);
	  return help ? 0 : 2;
	}
    }
  if (first == argc)
    {
      fprintf (stderr, "%s: no input files (try --help)\n", prog);
      return 2;
    }
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
  if (fflush (stdout) != 0)
    {
      fprintf (stderr, "%s: write error: %s\n", prog, strerror (errno));
      r.status = 1;
    }
  return r.status;
}
