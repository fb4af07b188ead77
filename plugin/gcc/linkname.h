/* linkname.h - what the files of the GCC layer share.  */
#ifndef LINKNAME_GCC_LINKNAME_H
#define LINKNAME_GCC_LINKNAME_H

#include "gcc-compat.h"
#include "linkname/directive.h"
#include "linkname/mangle.h"
#include "linkname/options.h"
#include "linkname/table.h"
#include "linkname/target.h"
#include "linkname/abi0.h"
#include "linkname/thunk.h"

/* The directives of this translation unit; options from the command line.  */
extern struct ln_table *linkname_table;
extern struct ln_options linkname_options;

/* decls.cc: record a directive (checks TARGET, warns when a directive for
   LOCAL is repeated with another target).  */
void linkname_record (const char *local, const char *target, location_t loc,
		      enum ln_origin origin);
/* decls.cc: learn what DECL is, for the directive naming it (if any).  */
void linkname_note_decl (tree decl);
/* decls.cc: make a definition a global symbol that nothing removes,
   localizes or hides.  */
void linkname_make_global (tree decl);
/* decls.cc: the end-of-unit verdict; with APPLY, rename and export.  */
void linkname_finish_unit (bool apply);

/* signature.cc: describe FNDECL's signature for an ABI0 thunk; false with
   the reason (naming the parameter) when a type has no Go counterpart.  */
bool linkname_describe_signature (tree fndecl, struct ln_signature *sig,
				  char *why, size_t whylen);
/* thunk-emit.cc: give FNDECL, a definition emitted as SYMBOL, its ABI0
   entry thunk SYMBOL.abi0 when the target and options want one; true
   when it did.  */
bool linkname_emit_thunk (tree fndecl, const char *symbol, location_t loc);
/* thunk-emit.cc: emit THUNK, a SysV-callable thunk calling SYMBOL, an
   ABI0 function declared as FNDECL; false (with a diagnostic) when the
   signature has no ABI0 form.  */
bool linkname_emit_sysv_thunk (tree fndecl, const char *symbol,
			       const char *thunk);
/* symabis.cc: read -fplugin-arg-linkname-symabis=FILE (at plugin_init),
   and apply it to the unit (after the directives).  */
void linkname_symabis_load (void);
void linkname_symabis_apply (void);
/* target/<arch>.cc: does this compilation target Go's amd64 ABI0?  */
bool linkname_target_has_abi0 (void);
/* report.cc: note a directive that was applied to DECL; write the
   unit's lines to -fplugin-arg-linkname-report=FILE.  */
void linkname_report_applied (tree decl, const struct ln_entry *e);
void linkname_report_write (void);

/* pragma.cc, attribute.cc: registration from the PLUGIN_PRAGMAS and
   PLUGIN_ATTRIBUTES callbacks.  C_FAMILY_OK is false in front ends that
   the plugin does not support yet: the directive is then an error.  */
void linkname_register_pragma (bool c_family_ok);
void linkname_register_attribute (bool c_family_ok);

#endif
