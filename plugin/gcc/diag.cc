/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   diag.cc - diagnostics as GCC makes them.

   Locations in the files the plugin reads itself (the symabis file), so
   that their errors come in GCC's own form, FILE:LINE:COL: error:, with
   the line quoted, as for any source file.  The file gets a map of its own in GCC's line table, entered and left
   as cpp enters and leaves the main file; that is done only to report
   errors, which stop the compilation anyway.  */
#include "linkname.h"

void
linkname_file_location_start (const char *file)
{
  linemap_add (line_table, LC_ENTER, false, file, 1);
}

location_t
linkname_file_location (unsigned line, unsigned col)
{
  linemap_line_start (line_table, line, col + 1);
  return linemap_position_for_column (line_table, col);
}

void
linkname_file_location_end (void)
{
  linemap_add (line_table, LC_LEAVE, false, NULL, 0);
}

/* A type as the front end's diagnostics print it (%T): C++'s
   pointers to members and nullptr_t by their C++ names.  A copy of the
   front end's printer does it, which leaves the printer of the
   diagnostics alone.  The text also goes into the object (the Go note),
   so it must not depend on the locale: without the " {aka ...}" that
   follows a typedef's name (translated), the type as the source names
   it.  */
char *
linkname_type_string (tree type)
{
  char *s = linkname_format_tree ("%T", type);
  if (char *aka = strstr (s, " {"))
    *aka = '\0';
  return s;
}
