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
   a fat -flto object has it.  A slim -flto object compiles nothing here
   and has no note.  The link-time code (lto1) has no notes.  */
#include "linkname.h"
#include "linkname/callclass.h"
#include "linkname/gonote.h"
#include "linkname/strmap.h"
#include "linkname/sbuf.h"

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

/* The SYMBOL_REF a call's address ADDR names: itself, or a load of its
   GOT slot (-fno-plt); else NULL (a call through a pointer).  */
static rtx
callee_of (rtx addr)
{
  if (GET_CODE (addr) == SYMBOL_REF)
    return addr;
  if (MEM_P (addr) && GET_CODE (XEXP (addr, 0)) == CONST)
    {
      subrtx_iterator::array_type array;
      rtx found = NULL_RTX;
      FOR_EACH_SUBRTX (iter, array, XEXP (addr, 0), ALL)
	if (GET_CODE (*iter) == SYMBOL_REF)
	  {
	    if (found)
	      return NULL_RTX;
	    found = const_cast<rtx> (*iter);
	  }
	else if (REG_P (*iter))
	  return NULL_RTX;
      return found;
    }
  return NULL_RTX;
}

/* The function a call to SYM reaches: through an alias (-fPIC makes
   "f.localalias" for calls within the unit) to its target.  */
static tree
callee_decl (rtx sym)
{
  tree decl = SYMBOL_REF_DECL (sym);
  if (!decl || TREE_CODE (decl) != FUNCTION_DECL)
    return NULL_TREE;
  if (cgraph_node *node = cgraph_node::get (decl))
    decl = node->ultimate_alias_target ()->decl;
  return decl;
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

static void note_override (tree decl, const char *symbol, bool compiled);

/* Why INSN, which GCC says may trap or fault, does: for the note's
   fault line.  */
static void
fault_why (rtx_insn *insn, char *buf, size_t len)
{
  const char *what = "an instruction that may trap";
  subrtx_iterator::array_type array;
  FOR_EACH_SUBRTX (iter, array, PATTERN (insn), NONCONST)
    {
      const_rtx x = *iter;
      if (MEM_P (x) && may_trap_or_fault_p (x))
	{
	  what = "a load or store that may fault";
	  break;
	}
      enum rtx_code c = GET_CODE (x);
      if ((c == DIV || c == MOD || c == UDIV || c == UMOD)
	  && may_trap_or_fault_p (x))
	what = "a division that may trap";
    }
  location_t loc = INSN_LOCATION (insn);
  if (loc != UNKNOWN_LOCATION && LOCATION_LINE (loc) > 0)
    snprintf (buf, len, "%s (line %d)", what, LOCATION_LINE (loc));
  else
    snprintf (buf, len, "%s", what);
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
  note_override (fun->decl, name, true);
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
  /* Only the first fault is named: once one is found, no more asking.  */
  bool faults = false;
  if (const char *isa = linkname_target_isa_fault ())
    {
      faults = true;
      if (ln_cc_add_fault (graph, name, isa))
	oom ();
    }
  for (rtx_insn *insn = get_insns (); insn; insn = NEXT_INSN (insn))
    {
      if (!INSN_P (insn))
	continue;
      if (CALL_P (insn))
	{
	  rtx call = get_call_rtx_from (insn);
	  rtx sym = call && MEM_P (XEXP (call, 0))
		      ? callee_of (XEXP (XEXP (call, 0), 0))
		      : NULL_RTX;
	  tree decl = sym ? callee_decl (sym) : NULL_TREE;
	  const char *callee = decl ? symbol_of (decl)
			       : sym ? strip_star (XSTR (sym, 0))
				     : NULL;
	  if (decl)
	    note_override (decl, callee, false);
	  if (ln_cc_add_call (graph, name, callee))
	    oom ();
	  continue;
	}
      rtx body = PATTERN (insn);
      /* GCC's own test, the one that keeps it from moving an insn that
	 could raise a signal: a memory access it cannot prove valid, a
	 division by what may be zero, a trap, a floating-point operation
	 under -ftrapping-math.  */
      if (!faults && NONDEBUG_INSN_P (insn) && may_trap_or_fault_p (body))
	{
	  faults = true;
	  char why[200];
	  fault_why (insn, why, sizeof why);
	  if (ln_cc_add_fault (graph, name, why))
	    oom ();
	}
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
    /* Nothing to prove in a unit without Go notes (they are known
       before IPA).  */
    if (graph && npending)
      record_function (fun);
    return 0;
  }
};

void
linkname_callclass_init (const char *plugin_name)
{
  /* The classes go in the Go notes, which exist with thunks only.  */
  if (!linkname_target_has_abi0 () || linkname_options.abi0 == LN_ABI0_NO)
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

static void warn_overrides (void);

void
linkname_callclass_finish_unit (void)
{
  warn_overrides ();
  /* A slim -flto object has no code, nor thunks: no binding can use it
     (linkname-go says so), so it has no note.  */
  bool slim = flag_generate_lto && !flag_fat_lto_objects;
  /* One note for the unit: its records, then each function with its
     class.  */
  struct ln_sbuf b = LN_SBUF_INIT;
  char *records = linkname_go_note_records ();
  ln_sbuf_printf (&b, "linkname-go %d\n%s", LN_GONOTE_VERSION,
		  records ? records : "");
  free (records);
  for (size_t i = 0; i < npending; i++)
    {
      struct pending_note *p = &pending[i];
      struct ln_cc_result r;
      ln_cc_classify (graph, p->symbol, NULL, &r);
      ln_sbuf_printf (&b, "%sclass\t%s\t%llu\t%s\n", p->text,
		      ln_call_kind_name (r.kind), r.bound, r.why);
      /* Bounded, and nothing in it or what it calls may fault: the
	 Go entry (goentry.cc) takes a null m.mallocing.  */
      if (r.kind == LN_CALL_BOUNDED && !r.fault[0])
	ln_sbuf_printf (&b, "nofault\n");
      else if (r.kind == LN_CALL_BOUNDED)
	ln_sbuf_printf (&b, "fault\t%s\n", r.fault);
      /* The Go entry, when both it and the function are bounded: the
	 bound is the entry's own.  */
      if (r.kind == LN_CALL_BOUNDED && linkname_goentry_made (p->symbol))
	{
	  char *entry = concat (p->symbol, LN_GOENTRY_SUFFIX, NULL);
	  struct ln_cc_result e;
	  ln_cc_classify (graph, entry, NULL, &e);
	  if (e.kind == LN_CALL_BOUNDED)
	    ln_sbuf_printf (&b, "entry\t%llu\n", e.bound);
	  free (entry);
	}
      /* Once, among the first function's lines: a C++ unit (GCC's name
	 for the front end) needs the C++ runtime where it is linked.  */
      if (i == 0 && strstr (lang_hooks.name, "C++"))
	ln_sbuf_printf (&b, "lang\t%s\n", lang_hooks.name);
      free (p->symbol);
      free (p->text);
    }
  char *text = ln_sbuf_finish (&b);
  if (!text)
    oom ();
  if (npending && asm_out_file && !slim && !seen_error ())
    linkname_write_note (asm_out_file, LN_GONOTE_SECTION, LN_GONOTE_NAME,
			 LN_GONOTE_TYPE, text);
  free (text);
  free (pending);
  pending = NULL;
  npending = 0;
  ln_cc_free (graph);
  graph = NULL;
}

/* --- Overrides: __attribute__((linkname_call("leaf"|"block"))) and
   '#pragma linkname_call LOCAL leaf|block'.  Both end as the attribute
   on the function's declarations (a PCH keeps it); the pass reads it on
   each compiled function and on each callee it names.  */

static const char override_attr[] = "linkname_call";

/* The override on DECL, or -1.  */
static int
override_of (tree decl)
{
  tree attr = lookup_attribute (override_attr, DECL_ATTRIBUTES (decl));
  if (!attr || !TREE_VALUE (attr)
      || TREE_CODE (TREE_VALUE (TREE_VALUE (attr))) != STRING_CST)
    return -1;
  return ln_call_kind_parse (
    TREE_STRING_POINTER (TREE_VALUE (TREE_VALUE (attr))));
}

/* Where an override was seen on a compiled function, for the warning.  */
struct override_site
{
  char *symbol, *name;
  location_t loc;
};
static struct override_site *sites;
static size_t nsites;

static void
note_override (tree decl, const char *symbol, bool compiled)
{
  int kind = override_of (decl);
  if (kind < 0)
    return;
  if (ln_cc_set_override (graph, symbol, (enum ln_call_kind) kind))
    oom ();
  if (!compiled || kind != LN_CALL_LEAF)
    return;
  sites = XRESIZEVEC (struct override_site, sites, nsites + 1);
  sites[nsites].symbol = xstrdup (symbol);
  sites[nsites].name = xstrdup (DECL_NAME (decl)
				  ? IDENTIFIER_POINTER (DECL_NAME (decl))
				  : symbol);
  sites[nsites].loc = DECL_SOURCE_LOCATION (decl);
  nsites++;
}

/* A valid value of the attribute or pragma, else an error at LOC.  */
static bool
check_kind (const char *s, location_t loc)
{
  if (strcmp (s, "leaf") == 0 || strcmp (s, "block") == 0)
    return true;
  error_at (loc, "%qs is not a call class for %<linkname_call%>: say "
		 "%<leaf%> (never blocks nor calls back) or %<block%>",
	    s);
  return false;
}

static tree
handle_linkname_call_attribute (tree *node, tree, tree args, int,
				bool *no_add_attrs)
{
  tree decl = *node;
  location_t loc = DECL_P (decl) ? DECL_SOURCE_LOCATION (decl)
				 : input_location;
  *no_add_attrs = true;
  if (TREE_CODE (decl) != FUNCTION_DECL)
    {
      error_at (loc, "the %<linkname_call%> attribute applies to functions "
		     "only");
      return NULL_TREE;
    }
  tree arg = args ? TREE_VALUE (args) : NULL_TREE;
  if (!arg || TREE_CODE (arg) != STRING_CST
      || int_size_in_bytes (TREE_TYPE (TREE_TYPE (arg))) != 1)
    {
      error_at (loc, "the argument of the %<linkname_call%> attribute must "
		     "be the string %<\"leaf\"%> or %<\"block\"%>");
      return NULL_TREE;
    }
  if (check_kind (TREE_STRING_POINTER (arg), loc))
    *no_add_attrs = false;
  return NULL_TREE;
}

void
linkname_register_call_attribute (void)
{
  static struct attribute_spec spec;
  spec.name = override_attr;
  spec.min_length = 1;
  spec.max_length = 1;
  spec.decl_required = true;
  spec.handler = handle_linkname_call_attribute;
  register_attribute (&spec);
}

/* Each pragma's name: its kind and where it is; declarations that
   come after it get it too.  */
struct pragma_override
{
  const char *kind; /* "leaf" or "block" (static strings) */
  location_t loc;
  bool used;
};
static struct ln_strmap *pragmas;

static void
attach (tree decl, const char *kind)
{
  DECL_ATTRIBUTES (decl)
    = remove_attribute (override_attr, DECL_ATTRIBUTES (decl));
  size_t len = strlen (kind);
  tree arg = build_string (len + 1, kind);
  TREE_TYPE (arg)
    = build_array_type (char_type_node, build_index_type (size_int (len)));
  DECL_ATTRIBUTES (decl)
    = tree_cons (get_identifier (override_attr),
		 build_tree_list (NULL_TREE, arg), DECL_ATTRIBUTES (decl));
}

static bool
file_scope_function_p (tree decl)
{
  if (!decl || TREE_CODE (decl) != FUNCTION_DECL)
    return false;
  tree ctx = DECL_CONTEXT (decl);
  return !ctx || TREE_CODE (ctx) == TRANSLATION_UNIT_DECL;
}

void
linkname_call_pragma (const char *local, location_t loc, const char *kind,
		      location_t kind_loc)
{
  if (!check_kind (kind, kind_loc))
    return;
  if (!pragmas && !(pragmas = ln_strmap_new ()))
    oom ();
  struct pragma_override *p
    = (struct pragma_override *) ln_strmap_get (pragmas, local);
  if (!p)
    {
      p = XCNEW (struct pragma_override);
      if (!ln_strmap_put (pragmas, local, p))
	oom ();
    }
  p->kind = strcmp (kind, "leaf") == 0 ? "leaf" : "block";
  p->loc = loc;
  tree decl = identifier_global_value (get_identifier (local));
  if (file_scope_function_p (decl))
    {
      attach (decl, p->kind);
      p->used = true;
    }
}

void
linkname_call_note_decl (tree decl)
{
  if (!pragmas || !file_scope_function_p (decl) || !DECL_NAME (decl))
    return;
  struct pragma_override *p = (struct pragma_override *) ln_strmap_get (
    pragmas, IDENTIFIER_POINTER (DECL_NAME (decl)));
  if (p)
    {
      attach (decl, p->kind);
      p->used = true;
    }
}

/* At the end of the parse: C++ looks the names up now; a pragma that
   named no function is an error.  */
static void
finish_pragmas (void)
{
  if (!pragmas)
    return;
  for (size_t i = 0; i < ln_strmap_count (pragmas); i++)
    {
      struct pragma_override *p
	= (struct pragma_override *) ln_strmap_value_at (pragmas, i);
      const char *name = ln_strmap_key_at (pragmas, i);
      if (!p->used)
	{
	  tree decl = linkname_cxx
			? identifier_global_value (get_identifier (name))
			: NULL_TREE;
	  if (file_scope_function_p (decl))
	    attach (decl, p->kind);
	  else
	    error_at (p->loc, "%<#pragma linkname_call%> names %qs, which is "
			      "not a function declared at file scope",
		      name);
	}
      free (p);
    }
  ln_strmap_free (pragmas);
  pragmas = NULL;
}

void
linkname_call_finish_parse (void)
{
  finish_pragmas ();
}

/* An override that claims leaf for a function seen to call something
   that may block: a warning naming it (-Wno-attributes silences it, as
   '#pragma GCC diagnostic ignored "-Wattributes"' around the function
   does).  */
static void
warn_overrides (void)
{
  for (size_t i = 0; i < nsites; i++)
    {
      struct ln_cc_result r;
      ln_cc_classify (graph, sites[i].symbol, NULL, &r);
      if (r.blocker[0] && !seen_error ())
	warning_at (sites[i].loc, OPT_Wattributes,
		    "%qs is marked %<linkname_call(\"leaf\")%>, which the "
		    "plugin cannot prove: %s",
		    sites[i].name, r.blocker);
      free (sites[i].symbol);
      free (sites[i].name);
    }
  free (sites);
  sites = NULL;
  nsites = 0;
}
