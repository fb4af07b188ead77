/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* thunk-emit.cc - the ABI0 entry thunk of a linknamed definition, as the
   Go change mirrored here makes one (cmd/compile, CL 179860): only for
   functions defined in this unit, never for pulls, so no two units emit
   the same thunk.

   The text is a toplevel asm node (symtab->finalize_toplevel_asm), not
   text written to asm_out_file: asm nodes are streamed into LTO objects,
   so the thunk survives -flto even when lto1 runs without the plugin.  */
#include "linkname.h"
#include "linkname/strmap.h"

static const char *
visibility_directive (tree decl)
{
  if (!DECL_VISIBILITY_SPECIFIED (decl))
    return NULL;
  switch (DECL_VISIBILITY (decl))
    {
    case VISIBILITY_HIDDEN:
      return "hidden";
    case VISIBILITY_PROTECTED:
      return "protected";
    case VISIBILITY_INTERNAL:
      return "internal";
    default:
      return NULL;
    }
}

static struct ln_signature sig; /* large; one thunk at a time */
static struct ln_call_plan plan;
static char why[512];		/* why the last thunk was not made */

const char *
linkname_thunk_why (void)
{
  return why;
}

/* Describe and plan FNDECL's call into SIG and PLAN; else say why not:
   an error when something will call through the thunk (CALLED: ABI0
   assembly calls the definition, C calls ABI0 assembly), so that no
   wrong call hides behind a warning, or -w; a warning when nothing
   asked for it (a linknamed definition, which Go reaches through
   linkname-go's stubs or not at all), unless
   -fplugin-arg-linkname-abi0=strict.  The warning is under -Wattributes, so
   that a build under -Werror can keep the push (-Wno-error=attributes,
   or #pragma GCC diagnostic) without turning off every thunk.  */
static bool
plan_thunk (tree fndecl, const char *symbol, location_t loc, bool called)
{
  if (linkname_signature_locations (fndecl, &sig, &plan, why, sizeof why))
    return true;
  if (called || linkname_options.abi0 == LN_ABI0_STRICT)
    error_at (loc, "no ABI0 thunk for %qs: %s", symbol, why);
  else
    warning_at (loc, OPT_Wattributes, "no ABI0 thunk for %qs: %s", symbol,
		why);
  return false;
}

/* Does the unit define THUNK, the thunk's name, itself (an asm label)?
   Then say so at LOC, rather than leave it to the assembler.  */
static bool
defined_here (const char *thunk, const char *symbol, location_t loc)
{
  for (symtab_node *o = symtab_node::get_for_asmname (get_identifier (thunk));
       o; o = o->next_sharing_asm_name)
    {
      if (!o->definition || DECL_EXTERNAL (o->decl))
	continue;
      auto_diagnostic_group d;
      error_at (loc, "the ABI0 thunk of %qs is named %qs, which this unit "
		     "already defines", symbol, thunk);
      inform (DECL_SOURCE_LOCATION (o->decl), "%qs is defined here", thunk);
      return true;
    }
  return false;
}

static void
emit_text (char *text, location_t loc)
{
  if (!text)
    fatal_error (loc, "linkname: out of memory");
  symtab->finalize_toplevel_asm (build_string (strlen (text), text));
  free (text);
}

static struct ln_thunk_options
thunk_options (void)
{
  struct ln_thunk_options opts;
  memset (&opts, 0, sizeof opts);
  opts.endbr64 = (flag_cf_protection & CF_BRANCH) != 0;
  opts.own_section = flag_function_sections;
  opts.visibility = NULL;
  opts.comdat = 0;
  opts.intel_syntax = linkname_target_asm_intel ();
  opts.weak = 0;
  opts.group = NULL;
  opts.once = 0;
  /* GCC's own probing parameters (--param
     stack-clash-protection-{probe-interval,guard-size}).  */
  opts.probe_interval = flag_stack_clash_protection
			? 1u << param_stack_clash_protection_probe_interval
			: 0;
  opts.probe_guard = 1u << param_stack_clash_protection_guard_size;
  /* -fstack-check: every page of an allocation probed, as GCC's
     prologue probes (STACK_CHECK_PROBE_INTERVAL_EXP).  */
  if (flag_stack_check != NO_STACK_CHECK)
    opts.probe_interval = opts.probe_guard
      = 1u << STACK_CHECK_PROBE_INTERVAL_EXP;
  opts.no_split_stack = flag_split_stack != 0;
  return opts;
}

/* -fopenmp -flto with 'omp declare target' in the unit: GCC streams
   toplevel asm into the offload stream only, so no thunk would reach the
   host link.  Say so at LOC rather than leave undefined symbols.  */
static bool
offload_drops_thunks (const char *symbol, location_t loc)
{
  if (!flag_openmp || !flag_generate_lto)
    return false;
  symtab_node *n;
  FOR_EACH_SYMBOL (n)
    if (lookup_attribute ("omp declare target", DECL_ATTRIBUTES (n->decl)))
      {
	error_at (loc, "no ABI0 thunk for %qs: with %<-flto%>, GCC puts "
		       "toplevel assembly only into the offload stream when "
		       "the unit has %<omp declare target%> code; build this "
		       "unit without %<-flto%>, or move that code to another "
		       "unit", symbol);
	return true;
      }
  return false;
}

/* What GCC's assembly calls FNDECL, emitted as SYMBOL: an asm label is
   used as written, another name gets the user label prefix
   (-fleading-underscore).  malloc'd.  */
static char *
assembler_symbol (tree fndecl, const char *symbol)
{
  const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (fndecl));
  if (*name == '*' || !user_label_prefix || !*user_label_prefix)
    return xstrdup (symbol);
  return concat (user_label_prefix, symbol, NULL);
}

/* linkname_emit_thunk, and CALLED as plan_thunk says.  */
static bool
emit_thunk (tree fndecl, const char *symbol, location_t loc, bool called)
{
  /* One thunk per symbol, whether a directive or the symabis file asks.  */
  static struct ln_strmap *done;
  if (linkname_options.abi0 == LN_ABI0_NO || !linkname_target_has_abi0 ())
    {
      snprintf (why, sizeof why, "ABI0 thunks are off "
				 "(-fplugin-arg-linkname-abi0=no)");
      return false;
    }
  if (!done)
    done = ln_strmap_new ();
  if (ln_strmap_get (done, symbol))
    return true;
  char *thunk = concat (symbol, LN_ABI0_SUFFIX, NULL);
  if (defined_here (thunk, symbol, loc)
      || offload_drops_thunks (symbol, loc)
      || !plan_thunk (fndecl, symbol, loc, called))
    {
      free (thunk);
      return false;
    }
  struct ln_thunk_options opts = thunk_options ();
  opts.visibility = visibility_directive (fndecl);
  /* Bound as the target is: a weak definition gets a weak thunk, one in
     a COMDAT group a thunk in that group, so that the linker keeps or
     drops both together.  Under LTO the thunks of several units meet in
     one assembler file, where only the first copy is kept.  */
  opts.weak = DECL_WEAK (fndecl);
  if (tree group = DECL_COMDAT_GROUP (fndecl))
    opts.group = IDENTIFIER_POINTER (group);
  opts.once = opts.weak || opts.group || flag_generate_lto;
  linkname_target_thunk_options (fndecl, fndecl, &opts);
  char *target = assembler_symbol (fndecl, symbol);
  emit_text (ln_thunk_text (thunk, target, &sig, &plan, &opts), loc);
  free (target);
  free (thunk);
  ln_strmap_put (done, symbol, (void *) 1);
  return true;
}

bool
linkname_emit_thunk (tree fndecl, const char *symbol, location_t loc)
{
  return emit_thunk (fndecl, symbol, loc, false);
}

bool
linkname_emit_called_thunk (tree fndecl, const char *symbol, location_t loc)
{
  return emit_thunk (fndecl, symbol, loc, true);
}

bool
linkname_emit_sysv_thunk (tree fndecl, const char *symbol, const char *thunk)
{
  location_t loc = DECL_SOURCE_LOCATION (fndecl);
  if (offload_drops_thunks (symbol, loc) || !plan_thunk (fndecl, symbol, loc, true))
    return false;
  /* COMDAT and hidden: every unit that calls SYMBOL may emit it.  */
  struct ln_thunk_options opts = thunk_options ();
  opts.comdat = 1;
  opts.visibility = "hidden";
  linkname_target_thunk_options (NULL_TREE, NULL_TREE, &opts);
  emit_text (ln_sysv_thunk_text (thunk, symbol, &sig, &plan, &opts), loc);
  return true;
}
