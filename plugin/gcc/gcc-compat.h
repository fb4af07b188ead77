/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* gcc-compat.h - every GCC header the plugin needs, in the order GCC
   demands, and every difference between the GCC versions we build for
   (11 to 16).  No other file includes a GCC header directly, and no other
   file tests a GCC version: the differences are the ladder below, one
   rung per version that moved something the plugin uses, each checked
   against that version's plugin headers.  */
#ifndef LINKNAME_GCC_COMPAT_H
#define LINKNAME_GCC_COMPAT_H

#include "gcc-plugin.h" /* must come first (gccint, "Plugin API") */
#include "bversion.h"
#include "tree.h"
/* c-common.h must precede diagnostic-core.h, or the diagnostic format
   checker refuses the C front end's extensions.  */
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "diagnostic-core.h"
#include "cgraph.h"
#include "stringpool.h"
#include "attribs.h"
#include "varasm.h"
#include "rtl.h" /* before tm_p.h: the target's rtx prototypes need it */
#include "tm_p.h" /* the target's own queries (i386-protos.h) */
#include "function.h" /* aggregate_value_p, push_struct_function */
#include "target.h" /* targetm.calls: where arguments and results go */
#include "calls.h" /* function_arg_info, pass_by_reference */
#include "output.h" /* user_label_prefix */
#include "hard-reg-set.h" /* fixed_regs, call_used_regs */
#include "builtins.h"
#include "tree-pretty-print.h"
#include "langhooks.h"
#include "cpplib.h"
/* The call classes (callclass.cc): an RTL pass reads the final code.  */
#include "tree-pass.h"
#include "context.h"
#include "rtl.h"
#include "memmodel.h"
#include "emit-rtl.h"
#include "rtl-iter.h"
#include "target.h" /* targetm */
#include "output.h" /* asm_out_file */
#include "spellcheck.h"
#include "diagnostic.h"
#include "gimple-expr.h"
#include "gimplify.h" /* gimplify_function_tree: the Go entries */
#include "tree-iterator.h" /* append_to_statement_list */

/* The major version of the GCC whose headers these are.  (Not
   GCCPLUGIN_VERSION_MAJOR: plugin-version.h defines a static variable and
   belongs to linkname-plugin.cc alone.)  */
#define LINKNAME_GCC_MAJOR BUILDING_GCC_MAJOR

#if LINKNAME_GCC_MAJOR < 11
#error "linkname needs the plugin headers of GCC 11 or later"
#endif

/* --- The ladder ---------------------------------------------------------

   linkname_option_id: the type of warning_at's option argument.  The
   plugin passes OPT_* values (or 0), which each of these takes.
     GCC 11-14  int
     GCC 15     diagnostic_option_id (a struct around the option number)
     GCC 16     diagnostics::option_id (diagnostics moved into a namespace)
   GCC 16 also puts a toplevel_node base under symtab_node and asm_node;
   what the plugin uses of them (symtab_node::get, get_for_asmname, decl,
   symtab->finalize_toplevel_asm) is unchanged, so that needs no rung.  */
#if LINKNAME_GCC_MAJOR >= 16
typedef diagnostics::option_id linkname_option_id;
#elif LINKNAME_GCC_MAJOR >= 15
typedef diagnostic_option_id linkname_option_id;
#else
typedef int linkname_option_id;
#endif

/* linkname_format_tree: FORMAT (one directive, %T or %D) with TREE as
   the front end's diagnostics print it, into a malloc'd string, with a
   copy of their printer (the C and C++ printers' format decoders),
   without colors.
     GCC 11-14  global_dc->printer->clone (), a raw pointer
     GCC 15-16  global_dc->clone_printer (), a std::unique_ptr
   FORMAT is not a literal: -Wformat does not know the front ends'
   directives in pp_printf.  */
static inline char *
linkname_format_tree (const char *format, tree t)
{
#if LINKNAME_GCC_MAJOR >= 15
  std::unique_ptr<pretty_printer> pp = global_dc->clone_printer ();
  pp_show_color (pp.get ()) = false;
  pp_printf (pp.get (), format, t);
  return xstrdup (pp_formatted_text (pp.get ()));
#else
  pretty_printer *pp = global_dc->printer->clone ();
  pp_show_color (pp) = false;
  pp_printf (pp, format, t);
  char *s = xstrdup (pp_formatted_text (pp));
  delete pp;
  return s;
#endif
}

/* LINKNAME_ENTRY_NO_CALLEE_SAVED: the Go entries (goentry.cc) get
   no_callee_saved_registers, when GCC knows it.  Go's callers keep
   nothing in a register across an ABI0 call but %rsp and %rbp (Go's
   frame pointer, callee-saved in Go's ABI0), so an entry that saves
   %rbx or %r12-%r15 for them does work no one uses.
     GCC 11-13  no such attribute
     GCC 14-15  the attribute makes %rbp a scratch register too: unusable
     GCC 16     every register but %rsp and %rbp is scratch
   (linkname.class/entry-regs.c holds the entries to that.)  */
#if LINKNAME_GCC_MAJOR >= 16
#define LINKNAME_ENTRY_NO_CALLEE_SAVED 1
#else
#define LINKNAME_ENTRY_NO_CALLEE_SAVED 0
#endif

/* The rung is right: warning_at has exactly that signature (the cast
   selects one overload, or does not compile).  */
static_assert (sizeof (static_cast<bool (*) (location_t, linkname_option_id,
					      const char *, ...)> (&warning_at)),
	       "warning_at's option type moved: add a rung to the ladder");

/* Front-end entry points, weak so that the same .so loads into lto1 (and
   any driver without the C family front end) when -fplugin= is on the
   link line: GCC dlopens plugins with RTLD_NOW.  They are only called
   from callbacks registered in the C front end.

   Each is redeclared with a type written here, after GCC's headers
   declared it, and a static assertion holds the two equal.  A difference
   would otherwise pass silently: in C++ the weak declaration would be a
   new overload, called by the plugin, defined nowhere, null at run time
   (and a load failure in lto1 if it were not weak).  */
template <typename A, typename B> struct linkname_same_type
{ static const bool value = false; };
template <typename A> struct linkname_same_type<A, A>
{ static const bool value = true; };

#define LINKNAME_WEAK_FRONT_END(RET, NAME, PARAMS)			\
  typedef RET linkname_##NAME##_type PARAMS;				\
  static_assert (linkname_same_type<decltype (NAME),			\
				    linkname_##NAME##_type>::value,	\
		 #NAME " no longer has the type GCC's headers give it"); \
  extern linkname_##NAME##_type NAME __attribute__ ((weak))

LINKNAME_WEAK_FRONT_END (tree, identifier_global_value, (tree));
LINKNAME_WEAK_FRONT_END (void, c_register_pragma,
			 (const char *, const char *, pragma_handler_1arg));
LINKNAME_WEAK_FRONT_END (enum cpp_ttype, pragma_lex, (tree *, location_t *));
LINKNAME_WEAK_FRONT_END (const char *, cpp_type2name,
			 (enum cpp_ttype, unsigned char));
LINKNAME_WEAK_FRONT_END (const cpp_token *, cpp_peek_token,
			 (cpp_reader *, int));
/* --output-pch=FILE: the unit is a header written as a PCH.  */
extern const char *pch_file __attribute__ ((weak));


/* Is hard register REGNO call-used (clobbered by a call) under the
   options of the unit (-fcall-used-REG, -fcall-saved-REG)?  GCC 10 to 16
   keep the table in this_target_hard_regs; call_used_or_fixed_reg_p,
   which reads it, is for target code only (IN_TARGET_CODE).  */
static inline bool
linkname_call_used_reg_p (unsigned regno)
{
  return this_target_hard_regs->x_call_used_regs[regno];
}

/* The dependency output (-MD, -MMD, -M...): cpplib's mkdeps.h is not
   among the plugin headers, so its entry point is declared here as
   libcpp/mkdeps.cc defines it, the same in GCC 11, 12 (checked: cc1 and
   lto1 export _Z12deps_add_depP6mkdepsPKc) and 14 (beside the new P1689
   fdeps_* functions); cpp_get_deps (cpplib.h) is NULL unless dependencies
   are asked for.  Weak: lto1 has no parse_in.  */
extern cpp_reader *parse_in __attribute__ ((weak));
extern void deps_add_dep (class mkdeps *, const char *) __attribute__ ((weak));

static inline void
linkname_add_dependency (const char *path)
{
  if (&parse_in && parse_in && deps_add_dep && *path)
    if (class mkdeps *deps = cpp_get_deps (parse_in))
      deps_add_dep (deps, path);
}

#endif
