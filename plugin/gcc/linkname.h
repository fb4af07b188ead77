/* linkname.h - what the files of the GCC layer share.  */
#ifndef LINKNAME_GCC_LINKNAME_H
#define LINKNAME_GCC_LINKNAME_H

#include "gcc-compat.h"
#include "linkname/directive.h"
#include "linkname/mangle.h"
#include "linkname/options.h"
#include "linkname/table.h"
#include "linkname/target.h"

/* The directives of this translation unit; options from the command line.  */
extern struct ln_table *linkname_table;
extern struct ln_options linkname_options;

/* decls.cc: record a directive (checks TARGET, warns when a directive for
   LOCAL is repeated with another target).  */
void linkname_record (const char *local, const char *target, location_t loc,
		      enum ln_origin origin);
/* decls.cc: learn what DECL is, for the directive naming it (if any).  */
void linkname_note_decl (tree decl);
/* decls.cc: the end-of-unit verdict; with APPLY, rename and export.  */
void linkname_finish_unit (bool apply);

/* report.cc: note a directive that was applied to DECL; write the
   unit's lines to -fplugin-arg-linkname-report=FILE.  */
void linkname_report_applied (tree decl, const struct ln_entry *e);
void linkname_report_write (void);
/* report.cc: whether an ABI0 thunk was emitted for DECL (issue 5 fills
   this in; false until then).  */
bool linkname_thunk_emitted (tree decl, const struct ln_entry *e);

/* pragma.cc, attribute.cc: registration from the PLUGIN_PRAGMAS and
   PLUGIN_ATTRIBUTES callbacks.  C_FAMILY_OK is false in front ends that
   the plugin does not support yet: the directive is then an error.  */
void linkname_register_pragma (bool c_family_ok);
void linkname_register_attribute (bool c_family_ok);

#endif
