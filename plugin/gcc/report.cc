/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* report.cc - the report: one line per applied directive (format in
   include/linkname/report.h), recorded in the object as a note, with the
   plugin's version, whenever the unit applies a directive; and appended
   to -fplugin-arg-linkname-report=FILE when the unit is done.  The note
   is what a cached or remote compile brings back: linkname-report reads
   it.  */
#include "linkname.h"
#include "linkname/report.h"

static struct ln_report *unit_report;

void
linkname_report_applied (tree decl, const struct ln_entry *e)
{
  if (!unit_report && !(unit_report = ln_report_new ()))
    fatal_error (UNKNOWN_LOCATION, "linkname: out of memory");
  expanded_location where = expand_location ((location_t) e->loc);
  struct ln_report_line l;
  l.local = ln_entry_name (e);
  l.symbol = ln_entry_symbol (e);
  l.is_function = TREE_CODE (decl) == FUNCTION_DECL;
  l.role = e->role == LN_ROLE_PUSH     ? "push"
	   : e->role == LN_ROLE_EXPORT ? "export"
				       : "pull";
  l.thunk = e->thunk;
  l.file = where.file;
  l.line = (unsigned) where.line;
  l.column = (unsigned) where.column;
  if (ln_report_add (unit_report, &l))
    fatal_error (UNKNOWN_LOCATION, "linkname: out of memory");
}

void
linkname_report_write (void)
{
  char why[512];
  if (unit_report && !seen_error ())
    {
      char *desc = ln_report_note (unit_report, LN_VERSION);
      if (!desc)
	fatal_error (UNKNOWN_LOCATION, "linkname: out of memory");
      linkname_emit_note (LN_REPORT_SECTION, LN_REPORT_NOTE_NAME,
			  LN_REPORT_NOTE_TYPE, desc, UNKNOWN_LOCATION);
      free (desc);
      if (linkname_options.report
	  && ln_report_append (unit_report, linkname_options.report, why,
			       sizeof why))
	error ("linkname: report: %s", why);
    }
  ln_report_free (unit_report);
  unit_report = NULL;
}
