/* callclass.cc - the facts of each compiled function, read from its
   final RTL, for the call classes (linkname/callclass.h decides), and
   the Go notes, which carry them, written at the end of the unit.

   SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   A pass inserted just before "final" sees each function as it will be
   assembled, after inlining and every optimization: its calls (direct,
   through the GOT, or through a pointer), its inline asm, and its frame
   as -fstack-usage counts it (the plugin turns on flag_stack_usage_info,
   which only keeps the numbers).  At PLUGIN_FINISH_UNIT every function
   has been compiled; each Go note, its text made before IPA
   (gonote.cc), gets its class line and is written to the assembler
   output.  That output is the object: ccache and distcc carry it, and
   a fat -flto object has it.  A slim -flto object compiles nothing here:
   its notes say block.  The link-time code (lto1) has no notes.  */
#include "linkname.h"
#include "linkname/callclass.h"
#include "linkname/gonote.h"

#include <stdio.h>

static struct ln_cc_graph *graph;

/* The notes to finish: symbol, text so far, where the function is.  */
struct pending_note
{
  char *symbol, *text;
  location_t loc;
};
static struct pending_note *pending;
static size_t npending;

static const char *
strip_star (const char *name)
{
  return targetm.strip_name_encoding (name);
}

/* The name a call to DECL uses.  */
static const char *
symbol_of (tree decl)
{
  if (DECL_RTL_SET_P (decl) && MEM_P (DECL_RTL (decl))
      && GET_CODE (XEXP (DECL_RTL (decl), 0)) == SYMBOL_REF)
    return strip_star (XSTR (XEXP (DECL_RTL (decl), 0), 0));
  return strip_star (IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl)));
}

/* A variable-length array among BLOCK's variables and its sub-blocks'
   (inlined bodies included), or NULL.  */
static tree
find_vla (tree block)
{
  for (; block && TREE_CODE (block) == BLOCK; block = BLOCK_CHAIN (block))
    {
      for (tree v = BLOCK_VARS (block); v; v = DECL_CHAIN (v))
	if (TREE_CODE (v) == VAR_DECL && DECL_SIZE_UNIT (v)
	    && TREE_CODE (DECL_SIZE_UNIT (v)) != INTEGER_CST)
	  return v;
      if (tree v = find_vla (BLOCK_SUBBLOCKS (block)))
	return v;
    }
  return NULL_TREE;
}

/* The symbol a call's address ADDR names: a SYMBOL_REF, or a load of its
   GOT slot (-fno-plt); else NULL (a call through a pointer).  */
static const char *
callee_of (rtx addr)
{
  if (GET_CODE (addr) == SYMBOL_REF)
    return XSTR (addr, 0);
  if (MEM_P (addr) && GET_CODE (XEXP (addr, 0)) == CONST)
    {
      subrtx_iterator::array_type array;
      const char *found = NULL;
      FOR_EACH_SUBRTX (iter, array, XEXP (addr, 0), ALL)
	if (GET_CODE (*iter) == SYMBOL_REF)
	  {
	    if (found)
	      return NULL;
	    found = XSTR (*iter, 0);
	  }
	else if (REG_P (*iter))
	  return NULL;
      return found;
    }
  return NULL;
}

/* An asm that assembles to nothing (a compiler barrier) cannot block.  */
static bool
empty_template (const char *t)
{
  for (; t && *t; t++)
    if (!ISSPACE (*t))
      return false;
  return true;
}

static void
oom (void)
{
  fatal_error (UNKNOWN_LOCATION, "linkname: out of memory");
}

static void
record_function (function *fun)
{
  const char *name = symbol_of (fun->decl);
  long long frame = -1;
  if (fun->su && fun->su->static_stack_size >= 0)
    {
      HOST_WIDE_INT pushed;
      if (fun->su->pushed_stack_size.is_constant (&pushed))
	frame = (long long) fun->su->static_stack_size + pushed
		+ (fun->su->has_unbounded_dynamic_stack_size
		     ? 0
		     : (long long) fun->su->dynamic_stack_size);
    }
  if (ln_cc_add_func (graph, name, frame))
    oom ();
  if ((fun->su && fun->su->has_unbounded_dynamic_stack_size)
      || (fun->calls_alloca && !fun->su))
    {
      char why[200];
      if (tree vla = find_vla (DECL_INITIAL (fun->decl)))
	snprintf (why, sizeof why, "a variable-length array '%s'",
		  DECL_NAME (vla) ? IDENTIFIER_POINTER (DECL_NAME (vla))
				  : "");
      else
	snprintf (why, sizeof why, "alloca");
      if (ln_cc_add_dynamic (graph, name, why))
	oom ();
    }
  for (rtx_insn *insn = get_insns (); insn; insn = NEXT_INSN (insn))
    {
      if (!INSN_P (insn))
	continue;
      if (CALL_P (insn))
	{
	  rtx call = get_call_rtx_from (insn);
	  const char *callee = NULL;
	  if (call && MEM_P (XEXP (call, 0)))
	    callee = callee_of (XEXP (XEXP (call, 0), 0));
	  if (ln_cc_add_call (graph, name, callee ? strip_star (callee) : NULL))
	    oom ();
	  continue;
	}
      rtx body = PATTERN (insn);
      const char *tmpl = NULL;
      if (GET_CODE (body) == ASM_INPUT)
	tmpl = XSTR (body, 0);
      else if (asm_noperands (body) >= 0)
	tmpl = decode_asm_operands (body, NULL, NULL, NULL, NULL, NULL);
      else
	continue;
      if (!empty_template (tmpl) && ln_cc_add_blocker (graph, name, "inline asm"))
	oom ();
    }
}

static const pass_data callclass_pass_data = {
  RTL_PASS,		 /* type */
  "linkname_callclass", /* name */
  OPTGROUP_NONE,	 /* optinfo_flags */
  TV_NONE,		 /* tv_id */
  0,			 /* properties_required */
  0,			 /* properties_provided */
  0,			 /* properties_destroyed */
  0,			 /* todo_flags_start */
  0,			 /* todo_flags_finish */
};

class callclass_pass : public rtl_opt_pass
{
public:
  callclass_pass (gcc::context *ctxt)
    : rtl_opt_pass (callclass_pass_data, ctxt)
  {
  }
  unsigned int
  execute (function *fun) final override
  {
    if (graph)
      record_function (fun);
    return 0;
  }
};

void
linkname_callclass_init (const char *plugin_name)
{
  if (!linkname_target_has_abi0 ())
    return;
  graph = ln_cc_new ();
  if (!graph)
    oom ();
  /* Only the numbers: -fstack-usage's file is flag_stack_usage.  */
  flag_stack_usage_info = true;
  static struct register_pass_info info;
  info.pass = new callclass_pass (g);
  info.reference_pass_name = "final";
  info.ref_pass_instance_number = 1;
  info.pos_op = PASS_POS_INSERT_BEFORE;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

void
linkname_callclass_add_note (const char *symbol, char *text, location_t loc)
{
  pending = XRESIZEVEC (struct pending_note, pending, npending + 1);
  pending[npending].symbol = xstrdup (strip_star (symbol));
  pending[npending].text = text;
  pending[npending].loc = loc;
  npending++;
}

void
linkname_callclass_finish_unit (void)
{
  const char *slim = flag_generate_lto && !flag_fat_lto_objects
		       ? "its body is compiled at link time (a slim -flto "
			 "object; -ffat-lto-objects compiles it here)"
		       : NULL;
  for (size_t i = 0; i < npending; i++)
    {
      struct pending_note *p = &pending[i];
      struct ln_cc_result r;
      ln_cc_classify (graph, p->symbol, slim, &r);
      if (asm_out_file && !seen_error ())
	{
	  char *text = xasprintf ("%sclass\t%s\t%llu\t%s\n", p->text,
				  ln_call_kind_name (r.kind), r.bound, r.why);
	  linkname_write_note (asm_out_file, LN_GONOTE_SECTION,
			       LN_GONOTE_NAME, LN_GONOTE_TYPE, text);
	  free (text);
	}
      free (p->symbol);
      free (p->text);
    }
  free (pending);
  pending = NULL;
  npending = 0;
  ln_cc_free (graph);
  graph = NULL;
}
