/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   versions.cc - a pushed function with target_clones.

   GCC's targetclone pass (multiple_target.cc) makes the pushed function
   the default version (renamed TARGET.default, made local) and a new
   declaration, the dispatcher, an ifunc under TARGET.  The dispatcher
   is public but carries nothing of the push: under -flto, where nothing
   in the IR references it (the ABI0 thunk does, in toplevel asm, which
   LTO does not see), the link-time visibility pass localizes it and the
   symbol is gone.  So right after targetclone, and before the unit is
   streamed for LTO, the dispatcher of each pushed function gets what
   the push gives a definition: externally visible, kept.  */
#include "linkname.h"
#include "tree-pass.h"
#include "context.h"

/* The pushed functions with target_clones, in this unit, and their
   symbols.  */
static vec<tree> versioned;
static vec<tree> symbols;

void
linkname_note_versioned (tree fndecl, const char *symbol)
{
  if (lookup_attribute ("target_clones", DECL_ATTRIBUTES (fndecl)))
    {
      versioned.safe_push (fndecl);
      symbols.safe_push (get_identifier (symbol));
    }
}

/* The dispatcher GCC made for FNDECL, pushed as SYMBOL: the version
   info's (GCC 11 to 14), else the function that now has SYMBOL.  */
static tree
dispatcher_of (tree fndecl, tree symbol)
{
  cgraph_node *node = cgraph_node::get (fndecl);
  cgraph_function_version_info *v = node ? node->function_version () : NULL;
  if (v && v->dispatcher_resolver)
    return v->dispatcher_resolver;
  for (symtab_node *n = symtab_node::get_for_asmname (symbol); n;
       n = n->next_sharing_asm_name)
    if (n->decl != fndecl && TREE_CODE (n->decl) == FUNCTION_DECL)
      return n->decl;
  return NULL_TREE;
}

static unsigned
export_dispatchers (void)
{
  unsigned i;
  tree decl;
  FOR_EACH_VEC_ELT (versioned, i, decl)
    {
      tree d = dispatcher_of (decl, symbols[i]);
      if (!d)
	continue;
      linkname_make_global (d);
      if (cgraph_node *dn = cgraph_node::get (d))
	{
	  dn->externally_visible = true;
	  dn->force_output = true;
	}
    }
  versioned.release ();
  symbols.release ();
  return 0;
}

namespace {

const pass_data export_dispatchers_data = {
  SIMPLE_IPA_PASS,	  /* type */
  "linkname_dispatchers", /* name */
  OPTGROUP_NONE,	  /* optinfo_flags */
  TV_NONE,		  /* tv_id */
  0,			  /* properties_required */
  0,			  /* properties_provided */
  0,			  /* properties_destroyed */
  0,			  /* todo_flags_start */
  0			  /* todo_flags_finish */
};

class export_dispatchers_pass : public simple_ipa_opt_pass
{
public:
  export_dispatchers_pass (gcc::context *ctxt)
    : simple_ipa_opt_pass (export_dispatchers_data, ctxt)
  {
  }
  bool gate (function *) { return !versioned.is_empty (); }
  unsigned execute (function *) { return export_dispatchers (); }
};

} // namespace

void
linkname_register_versions_pass (const char *plugin_name)
{
  struct register_pass_info info;
  info.pass = new export_dispatchers_pass (g);
  info.reference_pass_name = "targetclone";
  info.ref_pass_instance_number = 1;
  info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}
