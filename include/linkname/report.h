/* report.h - -fplugin-arg-linkname-report=FILE: one tab-separated line
   per applied directive, for users who compare with gccgo.

     LOCAL <TAB> SYMBOL <TAB> KIND <TAB> ROLE <TAB> THUNK <TAB> LOCATION

   SYMBOL is the name the directive gives (pushed, exported or pulled),
   after any mangling; KIND is function or variable; ROLE is push, pull
   or export; THUNK is yes or no (an ABI0 thunk was emitted for it);
   LOCATION is FILE:LINE:COLUMN of the directive.  A '\', tab or newline
   inside a field is written \\, \t, \n.  Many compilers may append to
   one file at once: each unit's lines go out in one write() under a
   POSIX lock, so lines never interleave.  */
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

#ifdef __cplusplus
}
#endif

#endif
