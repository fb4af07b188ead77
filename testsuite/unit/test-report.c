/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-report.c - the report's line format, and appends from many
   processes at once that must neither interleave nor lose lines.  */
#include "unit.h"
#include "linkname/report.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

enum { WRITERS = 8, ROUNDS = 25, LINES = 40 };

/* A unit's worth of lines for writer W, long enough that a torn write
   would show.  */
static struct ln_report *
unit_report (int w)
{
  struct ln_report *r = ln_report_new ();
  char local[64], symbol[600];
  for (int i = 0; i < LINES; i++)
    {
      snprintf (local, sizeof local, "w%d_%d", w, i);
      int n = snprintf (symbol, sizeof symbol, "pkg.%d.", w);
      int letters = 1 + i * 13 % 500;
      memset (symbol + n, 'a' + w, (size_t) letters);
      symbol[n + letters] = '\0';
      struct ln_report_line l = { local, symbol, i & 1, "push", 0, "x.c",
				  (unsigned) i + 1, 3 };
      ln_report_add (r, &l);
    }
  return r;
}

/* Each line of PATH must be one of unit_report's, whole.  */
static int
well_formed_lines (const char *path)
{
  FILE *f = fopen (path, "r");
  if (!f)
    return -1;
  char line[1024];
  int count = 0;
  while (fgets (line, sizeof line, f))
    {
      int w, i, n = 0;
      char kind[16];
      if (sscanf (line,
		  "w%d_%d\tpkg.%*d.%*[a-z]\t%15[a-z]\tpush\tno\tx.c:%*u:3\n%n",
		  &w, &i, kind, &n)
	      < 3
	  || n != (int) strlen (line))
	{
	  fclose (f);
	  return -1;
	}
      count++;
    }
  fclose (f);
  return count;
}

void
test_report (void)
{
  struct ln_report *r = ln_report_new ();
  struct ln_report_line l = { "helper", "runtime.helper", 1, "push", 0,
			      "dir\\a\tb.c", 4, 9 };
  CHECK (ln_report_add (r, &l) == 0);
  struct ln_report_line v = { "counter", "pkg.counter", 0, "export", 1,
			      NULL, 1, 1 };
  CHECK (ln_report_add (r, &v) == 0);
  size_t len;
  CHECK_STR (ln_report_text (r, &len),
	     "helper\truntime.helper\tfunction\tpush\tno\tdir\\\\a\\tb.c:4:9\n"
	     "counter\tpkg.counter\tvariable\texport\tyes\t-:1:1\n");
  CHECK (len == strlen (ln_report_text (r, &len)));

  char why[256];
  CHECK (ln_report_append (r, "/nonexistent-dir/r.tsv", why, sizeof why)
	 != 0);
  CHECK_CONTAINS (why, "cannot open '/nonexistent-dir/r.tsv'");
  ln_report_free (r);

  char path[] = "/tmp/linkname-report-XXXXXX";
  int fd = mkstemp (path);
  CHECK (fd >= 0);
  close (fd);
  for (int w = 0; w < WRITERS; w++)
    if (fork () == 0)
      {
	struct ln_report *mine = unit_report (w);
	int bad = 0;
	for (int k = 0; k < ROUNDS; k++)
	  bad |= ln_report_append (mine, path, why, sizeof why);
	_exit (bad);
      }
  int ok = 1, status;
  while (wait (&status) > 0)
    ok &= WIFEXITED (status) && WEXITSTATUS (status) == 0;
  CHECK (ok);
  CHECK (well_formed_lines (path) == WRITERS * ROUNDS * LINES);
  unlink (path);
}
