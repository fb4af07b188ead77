/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* cxx.cc - the directives in C++ (cc1plus).

   A name-keyed table cannot tell ns1::f from ns2::f, nor f(int) from
   f(double).  So in C++:
   - the attribute stays on the declaration it is written on (the handler
     checks it and sets DECL_PRESERVE_P); duplicate_decls merges both into
     the declaration that survives a redeclaration;
   - the pragma records a name, as in C, and names what the global
     namespace binds to it at the end of the unit: one function or
     variable (extern "C" or not), else an error (overloaded, a type, not
     defined).  So the pragma may stand before or after the declaration.
   At the end of the unit both become entries of a second table keyed by
   the declaration's assembler name (the mangled name), which is unique
   in the unit; messages use the C++ name.  The verdict, the renaming and
   the thunks are C's.  The one-argument form keeps the declaration's own
   (mangled) symbol and makes it global.

   Nothing here calls a function of the C++ front end: language hooks
   only, so the plugin still loads in cc1 and lto1.  */
#include "linkname.h"

bool linkname_cxx;

/* Keyed by assembler name, built at the end of the unit.  */
static struct ln_table *cxx_table;

struct cxx_directive
{
  tree decl;
  struct ln_entry *e;
};
static vec<cxx_directive> directives;

static bool
global_scope_p (const_tree decl)
{
  const_tree ctx = DECL_CONTEXT (decl);
  return !ctx || TREE_CODE (ctx) == TRANSLATION_UNIT_DECL;
}

static bool
member_p (const_tree decl)
{
  return DECL_CONTEXT (decl) && TYPE_P (DECL_CONTEXT (decl));
}

/* A template, or an instance of one.  */
static bool
template_p (const_tree decl)
{
  return lang_hooks.get_innermost_generic_args
	 && lang_hooks.get_innermost_generic_args (decl) != NULL_TREE;
}

bool
linkname_cxx_check_attribute (tree decl, location_t loc)
{
  if (member_p (decl))
    {
      error_at (loc, "the %<linkname%> attribute applies to namespace-scope "
		     "functions and variables, not to %s %qD",
		TREE_CODE (decl) == FUNCTION_DECL ? "member function"
						  : "class member",
		decl);
      return false;
    }
  return true;
}

static tree
attribute_of (const_tree decl)
{
  return lookup_attribute ("linkname", DECL_ATTRIBUTES (decl));
}

/* Learn about DECL as the front end finishes it: templates are refused
   here, before any instance copies the attribute; a definition that a
   pragma names is kept until the end of the unit.  */
void
linkname_cxx_note_decl (tree decl)
{
  if (!decl || decl == error_mark_node || !DECL_P (decl)
      || (TREE_CODE (decl) != FUNCTION_DECL && !VAR_P (decl)))
    return;
  if (attribute_of (decl) && template_p (decl))
    {
      error_at (DECL_SOURCE_LOCATION (decl),
		"the %<linkname%> attribute on template %qD; it applies to "
		"functions and variables that are not templates",
		decl);
      DECL_ATTRIBUTES (decl)
	= remove_attribute ("linkname", DECL_ATTRIBUTES (decl));
      return;
    }
  if (!DECL_NAME (decl) || !global_scope_p (decl))
    return;
  struct ln_entry *e
    = ln_table_lookup (linkname_table, IDENTIFIER_POINTER (DECL_NAME (decl)));
  if (!e)
    return;
  DECL_PRESERVE_P (decl) = 1;
  linkname_mark_named (decl);
  /* In a header compiled as a PCH, which the end of the unit (where the
     pragma's name is looked up) does not reach before it is written:
     save the pragma on the declaration of that name now.  An overload,
     a template or a type under that name is still an error at the end
     (add_pragmas), and no PCH is written then.  */
  if (!template_p (decl))
    linkname_save_pragma_in_pch (decl, e);
}

struct ln_entry *
linkname_cxx_entry (tree decl)
{
  if (!cxx_table || !DECL_ASSEMBLER_NAME_SET_P (decl))
    return NULL;
  unsigned i;
  cxx_directive *d;
  FOR_EACH_VEC_ELT (directives, i, d)
    if (d->decl == decl)
      return d->e;
  return NULL;
}

/* The symbol of a C++ thread_local variable's initialization hook
   (_ZTH, the Itanium ABI's "TLS init function"): the mangled name after
   its _Z, or the length and the name for one that is not mangled
   (extern "C", or the global namespace).  malloc'd.  */
static char *
tls_init_hook (tree decl)
{
  const char *name = linkname_asm_name (decl);
  if (name[0] == '_' && name[1] == 'Z')
    return concat ("_ZTH", name + 2, NULL);
  char len[24];
  snprintf (len, sizeof len, "%zu", strlen (name));
  return concat ("_ZTH", len, name, NULL);
}

/* A directive cannot give DECL one symbol, or it would be wrong: an
   inline function or variable has a copy in every unit; a thread_local
   variable is initialized through a hook named after its C++ name,
   which a directive does not rename, so the unit that defines it with a
   dynamic initialization binds the hook under the old name, and a unit
   that pulls it calls the hook of its own local name.  */
static bool
refused (tree decl, location_t loc)
{
  if (DECL_COMDAT (decl))
    {
      error_at (loc, "%qD has a copy in every unit that uses it (an "
		     "%<inline%> %s); a linkname needs exactly one "
		     "definition: make it %<static%>, or not %<inline%>",
		decl, TREE_CODE (decl) == FUNCTION_DECL ? "function"
							: "variable");
      return true;
    }
  if (!VAR_P (decl) || !DECL_THREAD_LOCAL_P (decl))
    return false;
  char *hook = tls_init_hook (decl);
  symtab_node *h = symtab_node::get_for_asmname (get_identifier (hook));
  if (h && DECL_EXTERNAL (decl))
    error_at (loc, "%qD is a %<thread_local%> variable that may have a "
		   "dynamic initialization, which runs through %qs, a hook "
		   "named after the C++ name: a unit that pulls it under "
		   "another name would not run it; declare it %<__thread%> "
		   "(no dynamic initialization)",
	      decl, hook);
  else if (h)
    error_at (loc, "%qD is a %<thread_local%> variable with a dynamic "
		   "initialization, which runs through %qs, a hook named after "
		   "the C++ name, and only in C++ code that uses it by that "
		   "name: code that uses the symbol would read it "
		   "uninitialized; initialize it with a constant expression",
	      decl, hook);
  free (hook);
  return h != NULL;
}

/* Make DECL's directive an entry of CXX_TABLE.  */
static void
add (tree decl, const char *target, location_t loc, enum ln_origin origin,
     const char *display)
{
  if (refused (decl, loc))
    return;
  struct ln_entry *e
    = linkname_record_checked (cxx_table, linkname_asm_name (decl), target, loc,
			       origin);
  if (!ln_entry_set_display (e, display))
    fatal_error (loc, "linkname: out of memory");
  bool function = TREE_CODE (decl) == FUNCTION_DECL;
  e->seen |= function ? LN_SEEN_FUNCTION : LN_SEEN_VARIABLE;
  symtab_node *node = symtab_node::get (decl);
  if (function ? node && node->definition : !DECL_EXTERNAL (decl))
    e->defined = 1;
  unsigned i;
  cxx_directive *d;
  FOR_EACH_VEC_ELT (directives, i, d)
    if (d->decl == decl)
      {
	d->e = e;
	return;
      }
  cxx_directive nd = { decl, e };
  directives.safe_push (nd);
}

/* A directive found at the end of the unit, before it is added.  */
struct found
{
  tree decl;
  const char *target; /* checked (and mangled) */
  location_t loc;
  enum ln_origin origin;
  const char *display;
};

/* In source order, so that "the last one wins" and "both defined as"
   speak of the directives in the order they were written.  */
static int
by_location (const void *a, const void *b)
{
  location_t la = get_pure_location (((const found *) a)->loc);
  location_t lb = get_pure_location (((const found *) b)->loc);
  return la < lb ? -1 : la > lb;
}

/* What the global namespace binds to each pragma's name.  */
static void
add_pragmas (vec<found> *out)
{
  for (size_t i = 0; i < ln_table_count (linkname_table); i++)
    {
      struct ln_entry *e = ln_table_at (linkname_table, i);
      location_t loc = (location_t) e->loc;
      tree b = identifier_global_value (get_identifier (e->local));
      if (!b || b == error_mark_node)
	error_at (loc, "%s is not defined", e->local);
      else if (!DECL_P (b))
	error_at (loc, "%s is overloaded; put the %<linkname%> attribute on "
		       "the declaration you mean",
		  e->local);
      else if (TREE_CODE (b) != FUNCTION_DECL && !VAR_P (b))
	error_at (loc, "%s is not a function or variable; %<#pragma "
		       "linkname%> applies to functions and variables of the "
		       "global namespace",
		  e->local);
      else if (template_p (b))
	error_at (loc, "%s is a template; %<#pragma linkname%> applies to "
		       "functions and variables that are not templates",
		  e->local);
      else
	{
	  found f = { b, e->target, loc, LN_FROM_PRAGMA, e->local };
	  out->safe_push (f);
	}
    }
}

/* Every declaration that carries the attribute and reached the symbol
   table (a declaration that nothing references has nothing to bind).  */
static void
add_attributes (vec<found> *out, vec<char *> *owned)
{
  symtab_node *node;
  FOR_EACH_SYMBOL (node)
    {
      tree decl = node->decl;
      tree attr = attribute_of (decl);
      if (!attr)
	continue;
      if (template_p (decl))
	continue; /* refused where it was written */
      /* GCC's own functions made from a user's function, which copy its
	 attributes (a coroutine's .actor and .destroy): the user's
	 function alone is pushed, they stay local.  */
      if (DECL_ARTIFICIAL (decl) || node->symver)
	continue;
      tree args = TREE_VALUE (attr);
      const char *target;
      location_t loc;
      if (linkname_pch_pragma (attr, &target, &loc))
	{
	  /* A pragma that came with its declaration from a PCH.  */
	  found f = { decl, target, loc, LN_FROM_PRAGMA,
		      IDENTIFIER_POINTER (DECL_NAME (decl)) };
	  out->safe_push (f);
	  continue;
	}
      target = args ? TREE_STRING_POINTER (TREE_VALUE (args)) : NULL;
      char *mangled;
      loc = DECL_SOURCE_LOCATION (decl);
      if (!linkname_check_target (target, loc, &mangled))
	continue;
      if (mangled)
	owned->safe_push (mangled);
      /* GC-allocated; no collection runs before it is used.  */
      const char *display = ggc_strdup (lang_hooks.decl_printable_name (decl, 1));
      found f = { decl, mangled ? mangled : target, loc, LN_FROM_ATTRIBUTE,
		  display };
      out->safe_push (f);
    }
}

void
linkname_cxx_finish_unit (bool apply_names)
{
  if (!apply_names)
    {
      /* Stopped early: only the pragmas' names can still be checked; in
	 a PCH, whatever they name must be one function or variable, the
	 declaration they were saved on.  */
      if (&pch_file != NULL && pch_file && !seen_error ())
	{
	  auto_vec<found> all;
	  add_pragmas (&all);
	}
      else if (!seen_error ())
	for (size_t i = 0; i < ln_table_count (linkname_table); i++)
	  {
	    struct ln_entry *e = ln_table_at (linkname_table, i);
	    if (!identifier_global_value (get_identifier (e->local)))
	      error_at ((location_t) e->loc, "%s is not defined", e->local);
	  }
      return;
    }
  cxx_table = ln_table_new ();
  if (!cxx_table)
    fatal_error (UNKNOWN_LOCATION, "linkname: out of memory");
  auto_vec<found> all;
  auto_vec<char *> owned;
  add_pragmas (&all);
  add_attributes (&all, &owned);
  all.qsort (by_location);
  unsigned k;
  found *f;
  FOR_EACH_VEC_ELT (all, k, f)
    add (f->decl, f->target, f->loc, f->origin, f->display);
  char *m;
  FOR_EACH_VEC_ELT (owned, k, m)
    free (m);
  if (ln_table_count (cxx_table) > 0)
    ln_table_resolve (cxx_table, linkname_options.gccgo_strict,
		      linkname_report_error, NULL);
  if (!seen_error ())
    {
      /* Collect first: renaming reshuffles the assembler-name hash.  */
      auto_vec<symtab_node *> nodes;
      auto_vec<ln_entry *> entries;
      unsigned i;
      cxx_directive *d;
      FOR_EACH_VEC_ELT (directives, i, d)
	if (symtab_node *node = symtab_node::get (d->decl))
	  if (d->e->role != LN_ROLE_NONE)
	    {
	      nodes.safe_push (node);
	      entries.safe_push (d->e);
	    }
      for (i = 0; i < nodes.length (); i++)
	if (linkname_apply (nodes[i], entries[i]))
	  linkname_report_applied (nodes[i]->decl, entries[i]);
      linkname_symabis_apply ();
      linkname_report_write ();
    }
  directives.release ();
  ln_table_free (cxx_table);
  cxx_table = NULL;
}
