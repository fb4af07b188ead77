/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
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

/* True in cc1plus: directives attach to declarations (cxx.cc).  */
extern bool linkname_cxx;

/* decls.cc: check TARGET at LOC (error and false when the assembler
   cannot take it); *MANGLED is the target to use instead (malloc'd) under
   mangle=gccgo, else NULL.  */
bool linkname_check_target (const char *target, location_t loc,
			    char **mangled);
/* decls.cc: set LOCAL's directive in TABLE, TARGET already checked;
   warns when a directive for LOCAL is repeated with another target.  */
struct ln_entry *linkname_record_checked (struct ln_table *table,
					  const char *local,
					  const char *target, location_t loc,
					  enum ln_origin origin);
/* decls.cc: record a directive (checks TARGET, warns when a directive for
   LOCAL is repeated with another target).  */
void linkname_record (const char *local, const char *target, location_t loc,
		      enum ln_origin origin);
/* decls.cc: learn what DECL is, for the directive naming it (if any).  */
void linkname_note_decl (tree decl);
/* decls.cc: DECL, a file-scope function or variable, is named by a
   directive: it counts as used from now on (no -Wunused-function,
   -Wunused-variable, -Wunused-const-variable for a pushed static).  */
void linkname_mark_named (tree decl);
/* decls.cc: learn about the declarations that directives name and that
   no PLUGIN_FINISH_DECL announced: C's implicit declaration of a
   function at its first call, in the function just parsed.  */
void linkname_note_unannounced (void);
/* decls.cc: make a definition a global symbol that nothing removes,
   localizes or hides.  */
void linkname_make_global (tree decl);
/* decls.cc: the end-of-unit verdict; with APPLY, rename and export.  */
void linkname_finish_unit (bool apply);
/* decls.cc: report one error of ln_table_resolve.  */
void linkname_report_error (void *, const struct ln_entry *e,
			    enum ln_error code, const char *message,
			    const struct ln_entry *other);
/* decls.cc: rename and export NODE as E says; true when applied.  */
bool linkname_apply (symtab_node *node, struct ln_entry *e);

/* cxx.cc: C++.  The attribute stays on the declaration it is written on
   (redeclarations merge it); the pragma names a global-namespace
   declaration, looked up at the end of the unit.  */
bool linkname_cxx_check_attribute (tree decl, location_t loc);
void linkname_cxx_note_decl (tree decl);
void linkname_cxx_finish_unit (bool apply);
/* cxx.cc: the entry of a declaration a C++ directive applies to, or
   NULL.  */
struct ln_entry *linkname_cxx_entry (tree decl);

/* versions.cc: FNDECL, a function pushed as SYMBOL, may have
   target_clones: then
   its dispatcher (the ifunc under its symbol) is made global after
   GCC's targetclone pass, by the pass registered for PLUGIN_NAME.  */
void linkname_note_versioned (tree fndecl, const char *symbol);
void linkname_register_versions_pass (const char *plugin_name);
/* signature.cc: describe FNDECL's signature for an ABI0 thunk; false with
   the reason (naming the parameter) when a type has no Go counterpart.  */
bool linkname_describe_signature (tree fndecl, struct ln_signature *sig,
				  char *why, size_t whylen);
/* signature.cc: describe FNDECL and say where GCC passes each parameter
   and returns its result (SIG->param_locs, result_loc), and plan its
   ABI0 frame into PLAN; false with the reason in WHY.  The thunks and
   the Go note both take locations from here.  */
bool linkname_signature_locations (tree fndecl, struct ln_signature *sig,
				   struct ln_call_plan *plan, char *why,
				   size_t whylen);
/* thunk-emit.cc: give FNDECL, a definition emitted as SYMBOL, its ABI0
   entry thunk SYMBOL.abi0 when the target and options want one; true
   when it did.  */
bool linkname_emit_thunk (tree fndecl, const char *symbol, location_t loc);
/* thunk-emit.cc: the same for a definition that ABI0 assembly calls (a
   symabis 'ref SYM ABI0'): no thunk is an error.  */
bool linkname_emit_called_thunk (tree fndecl, const char *symbol,
				 location_t loc);
/* thunk-emit.cc: why the last linkname_emit_thunk made no thunk.  */
const char *linkname_thunk_why (void);
/* gonote.cc: record FNDECL, defined as SYMBOL with ABI0 thunk THUNK (NULL
   when it has none, for the reason WHY), in the object for linkname-go
   (linkname/gonote.h).  x86-64 only.  */
void linkname_emit_go_note (tree fndecl, const char *symbol,
			    const char *thunk, const char *why);
/* gonote.cc: a non-allocated ELF note (SECTION, OWNER, TYPE) holding
   TEXT and its final NUL, as a toplevel asm node: it travels in the
   object however it is built (-flto, ccache, distcc).  */
void linkname_emit_note (const char *section, const char *owner, int type,
			 const char *text, location_t loc);
/* gonote.cc: the type and field records of the functions noted so far
   (malloc'd), for the unit's note; starts over.  */
char *linkname_go_note_records (void);
/* gonote.cc: the same note written to OUT (the assembler output).  */
void linkname_write_note (FILE *out, const char *section, const char *owner,
			  int type, const char *text);
/* callclass.cc: on x86-64, turn on the stack numbers and register the
   pass that reads each compiled function's facts.  */
void linkname_callclass_init (const char *plugin_name);
/* callclass.cc: the Go note TEXT (malloc'd, taken) of SYMBOL, defined
   at LOC, to be finished with its class at the end of the unit.  */
void linkname_callclass_add_note (const char *symbol, char *text,
				  location_t loc);
/* callclass.cc: at PLUGIN_FINISH_UNIT: classify and write the notes.  */
void linkname_callclass_finish_unit (void);
/* callclass.cc: the linkname_call attribute; '#pragma linkname_call
   LOCAL KIND', LOCAL at LOC and KIND
   at KIND_LOC; each declaration as it comes; the end of the
   parse (a pragma that named no function is an error).  */
void linkname_register_call_attribute (void);
void linkname_call_pragma (const char *local, location_t loc,
			   const char *kind, location_t kind_loc);
void linkname_call_note_decl (tree decl);
void linkname_call_finish_parse (void);
/* thunk-emit.cc: emit THUNK, a SysV-callable thunk calling SYMBOL, an
   ABI0 function declared as FNDECL; false (with an error) when the
   signature has no ABI0 form.  */
bool linkname_emit_sysv_thunk (tree fndecl, const char *symbol,
			       const char *thunk);
/* goentry.cc: with -fplugin-arg-linkname-go-entry, FNDECL, defined as
   SYMBOL with an ABI0 thunk, is to get the Go entry SYMBOL.goentry when
   its frame allows; linkname_goentry_build makes them (before IPA);
   linkname_goentry_made says whether SYMBOL got one.  */
void linkname_goentry_want (tree fndecl, const char *symbol);
void linkname_goentry_build (void);
bool linkname_goentry_made (const char *symbol);
/* diag.cc: locations in FILE, a file the plugin reads (not one the
   preprocessor reads): between start and end, the location of LINE
   (from 1) and byte column COL (from 1; 0 for the line alone).  Lines
   in increasing order.  */
void linkname_file_location_start (const char *file);
location_t linkname_file_location (unsigned line, unsigned col);
void linkname_file_location_end (void);
/* diag.cc: TYPE as GCC's diagnostics print it (malloc'd).  */
char *linkname_type_string (tree type);
/* symabis.cc: read -fplugin-arg-linkname-symabis=FILE (at plugin_init),
   and apply it to the unit (after the directives).  */
void linkname_symabis_load (void);
void linkname_symabis_apply (void);
/* symabis.cc: add the symabis file to the dependency output (-MD).  */
void linkname_symabis_add_dependency (void);
/* symabis.cc: '#pragma linkname_symabis' with the N tokens TOKS at LOCS.  */
void linkname_symabis_pragma (const struct ln_token *toks, size_t n,
			      const location_t *locs, location_t pragma_loc);
/* target/<arch>.cc: does this compilation target Go's amd64 ABI0?  */
bool linkname_target_has_abi0 (void);
/* target/<arch>.cc: NULL when GCC calls FNDECL with the psABI's
   convention, else why not (ms_abi, an interrupt handler).  */
const char *linkname_target_convention (tree fndecl);
/* The symbol DECL would be emitted under, without a leading '*'.  */
const char *linkname_asm_name (tree decl);
/* target/<arch>.cc: set what the target's options ask of a thunk
   entering FNDECL (NULL for a SysV thunk) and calling CALLEE (NULL for
   ABI0 assembly): how it
   returns and calls (-mfunction-return=, -mharden-sls=, -mcmodel=,
   -mindirect-branch=, -fcf-protection=).  */
void linkname_target_thunk_options (tree fndecl, tree callee,
				    struct ln_thunk_options *opts);
/* target/<arch>.cc: does GCC write Intel syntax (-masm=intel)?  */
bool linkname_target_asm_intel (void);
/* target/<arch>.cc: NULL when the function being compiled may use only
   instructions every CPU of the target has (Go's baseline), else why
   one of them may be illegal where it runs (SIGILL).  */
const char *linkname_target_isa_fault (void);
/* report.cc: note a directive that was applied to DECL; record the
   unit's lines in the object (linkname/report.h) and append them to
   -fplugin-arg-linkname-report=FILE.  */
void linkname_report_applied (tree decl, const struct ln_entry *e);
void linkname_report_write (void);

/* decls.cc: in a header compiled as a PCH (--output-pch=), which saves
   the declarations but not the plugin's table, put E, a pragma's
   directive, on DECL as a "linkname" attribute of two arguments, the
   target (0 for none) and the pragma's location, for the units that use
   the PCH.  (An attribute directive stays on its declaration.)  */
void linkname_save_pragma_in_pch (tree decl, const struct ln_entry *e);
/* decls.cc: is ATTR one that linkname_save_pragma_in_pch made?  Then
   its *TARGET (NULL for none, already checked and mangled) and *LOC.  */
bool linkname_pch_pragma (tree attr, const char **target, location_t *loc);
/* decls.cc: record the C directives that came with declarations from a
   PCH (attributes, and pragmas saved as attributes when it was made).  */
void linkname_recover_attributes (void);
/* pragma.cc, attribute.cc: registration from the PLUGIN_PRAGMAS and
   PLUGIN_ATTRIBUTES callbacks.  C_FAMILY_OK is false in front ends that
   the plugin does not support (Objective-C): the directive is then an
   error.  */
void linkname_register_pragma (bool c_family_ok);
void linkname_register_attribute (bool c_family_ok);

#endif
