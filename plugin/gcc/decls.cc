/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* decls.cc - from directives to declarations, and the end-of-unit pass
   that renames and exports them.

   While the front end parses, nothing in GCC changes except
   DECL_PRESERVE_P on definitions (so -O2 and -fwhole-program do not drop
   an unreferenced static before the end of the unit).  Renaming a C
   function before start_function is an ICE, and making a static
   TREE_PUBLIC early turns a later 'static' redeclaration into an error;
   both are left to PLUGIN_ALL_IPA_PASSES_START, which runs after the
   whole unit is parsed and before the first IPA pass (visibility,
   inlining) and before LTO streaming.  */
#include "linkname.h"
#include "linkname/strmap.h"

#include <string.h>

struct ln_table *linkname_table;
struct ln_options linkname_options;

static bool
file_scope_p (const_tree decl)
{
  const_tree ctx = DECL_CONTEXT (decl);
  return !ctx || TREE_CODE (ctx) == TRANSLATION_UNIT_DECL;
}

bool
linkname_check_target (const char *target, location_t loc, char **mangled)
{
  char why[768];
  *mangled = NULL;
  /* gc's spelling in, gccgo's symbol out: sync/atomic.Load becomes
     sync_1atomic.Load before the assembler check sees a '/'.  */
  if (target && linkname_options.mangle == LN_MANGLE_GCCGO)
    {
      if (!(*mangled = ln_gccgo_mangle_dup (target, why, sizeof why)))
	{
	  error_at (loc, "cannot mangle linkname target for gccgo: %s", why);
	  return false;
	}
      target = *mangled;
    }
  if (target && ln_target_check (target, why, sizeof why))
    {
      error_at (loc, "%s", why);
      free (*mangled);
      *mangled = NULL;
      return false;
    }
  return true;
}

struct ln_entry *
linkname_record_checked (struct ln_table *table, const char *local,
			 const char *target, location_t loc,
			 enum ln_origin origin)
{
  struct ln_entry *old = ln_table_lookup (table, local);
  if (old
      && !(old->target == target
	   || (old->target && target && strcmp (old->target, target) == 0)))
    {
      const char *name = ln_entry_name (old);
      auto_diagnostic_group d;
      if (warning_at (loc, OPT_Wpragmas,
		      "linkname for %qs given again: %qs replaces %qs", name,
		      target ? target : name,
		      old->target ? old->target : old->local))
	inform ((location_t) old->loc, "earlier linkname for %qs here", name);
    }
  struct ln_entry *e = ln_table_set (table, local, target, loc, origin);
  if (!e)
    fatal_error (loc, "linkname: out of memory");
  return e;
}

void
linkname_record (const char *local, const char *target, location_t loc,
		 enum ln_origin origin)
{
  char *mangled;
  if (!linkname_check_target (target, loc, &mangled))
    return;
  linkname_record_checked (linkname_table, local, mangled ? mangled : target,
			   loc, origin);
  free (mangled);
}

/* What kind of thing DECL is, if no directive can apply to it.  */
static unsigned
other_kind (const_tree decl)
{
  switch (TREE_CODE (decl))
    {
    case FUNCTION_DECL:
    case VAR_DECL:
      return file_scope_p (decl) ? 0 : LN_SEEN_BLOCK_SCOPE;
    case PARM_DECL:
      return LN_SEEN_PARAMETER;
    case FIELD_DECL:
      return LN_SEEN_FIELD;
    case TYPE_DECL:
      return file_scope_p (decl) ? LN_SEEN_TYPE : LN_SEEN_BLOCK_SCOPE;
    case CONST_DECL:
      return LN_SEEN_ENUMERATOR;
    default:
      return LN_SEEN_BLOCK_SCOPE;
    }
}

void
linkname_save_pragma_in_pch (tree decl, const struct ln_entry *e)
{
  if (&pch_file == NULL || !pch_file || e->origin != LN_FROM_PRAGMA)
    return;
  tree target = e->target ? build_string (strlen (e->target) + 1, e->target)
			  : integer_zero_node;
  tree args = tree_cons (NULL_TREE, target,
			 tree_cons (NULL_TREE,
				    build_int_cst (unsigned_type_node, e->loc),
				    NULL_TREE));
  DECL_ATTRIBUTES (decl)
    = tree_cons (get_identifier ("linkname"), args,
		 remove_attribute ("linkname", DECL_ATTRIBUTES (decl)));
}

bool
linkname_pch_pragma (tree attr, const char **target, location_t *loc)
{
  tree args = TREE_VALUE (attr);
  if (!args || !TREE_CHAIN (args))
    return false;
  tree t = TREE_VALUE (args);
  *target = TREE_CODE (t) == STRING_CST ? TREE_STRING_POINTER (t) : NULL;
  *loc = (location_t) TREE_INT_CST_LOW (TREE_VALUE (TREE_CHAIN (args)));
  return true;
}

void
linkname_mark_named (tree decl)
{
  /* What __attribute__((used)) sets (the directive makes it public at
     the end of the unit, after the front end and analyze_functions have
     looked for unused statics).  The C front end and duplicate_decls
     merge TREE_USED both ways into redeclarations.  */
  TREE_USED (decl) = 1;
}

void
linkname_note_decl (tree decl)
{
  if (linkname_cxx)
    {
      linkname_cxx_note_decl (decl);
      return;
    }
  if (!decl || decl == error_mark_node || !DECL_P (decl) || !DECL_NAME (decl)
      || DECL_ARTIFICIAL (decl))
    return;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  if (unsigned other = other_kind (decl))
    {
      ln_table_note_other (linkname_table, name, other);
      return;
    }
  struct ln_entry *e = ln_table_lookup (linkname_table, name);
  if (!e)
    return;
  linkname_save_pragma_in_pch (decl, e);
  linkname_mark_named (decl);
  bool function = TREE_CODE (decl) == FUNCTION_DECL;
  e->seen |= function ? LN_SEEN_FUNCTION : LN_SEEN_VARIABLE;
  bool defines = function ? DECL_INITIAL (decl) != NULL_TREE
			  : !DECL_EXTERNAL (decl);
  if (defines)
    {
      e->defined = 1;
      /* Keep it through analyze_functions, which runs before we apply.  */
      DECL_PRESERVE_P (decl) = 1;
    }
}

void
linkname_note_unannounced (void)
{
  if (linkname_cxx || !linkname_table)
    return;
  for (size_t i = 0; i < ln_table_count (linkname_table); i++)
    {
      struct ln_entry *e = ln_table_at (linkname_table, i);
      if (!e->seen)
	linkname_note_decl (identifier_global_value (get_identifier (e->local)));
    }
}

/* --- the end of the unit --------------------------------------------- */

void
linkname_report_error (void *, const struct ln_entry *e, enum ln_error code,
	      const char *message, const struct ln_entry *other)
{
  auto_diagnostic_group d;
  error_at ((location_t) e->loc, "%s", message);
  if (code == LN_ERR_DUPLICATE_SYMBOL && other)
    inform ((location_t) other->loc, "%qs is given symbol %qs here",
	    ln_entry_name (other), ln_entry_symbol (other));
}

/* The symbol DECL would be emitted under, without a leading '*'.  */
const char *
linkname_asm_name (tree decl)
{
  const char *s = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
  return s[0] == '*' ? s + 1 : s;
}

/* An asm label ('int f (void) __asm__ ("x");') is a rename of its own;
   two renames of one declaration are a mistake, not a precedence rule.  */
static bool
conflicts_with_asm_label (tree decl, const struct ln_entry *e)
{
  if (!DECL_ASSEMBLER_NAME_SET_P (decl))
    return false;
  const char *s = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
  if (s[0] != '*' || strcmp (s + 1, ln_entry_symbol (e)) == 0)
    return false;
  error_at ((location_t) e->loc,
	    "%qs already has the assembler name %qs from an asm label; "
	    "remove the label or the linkname",
	    ln_entry_name (e), s + 1);
  return true;
}

/* A weakref ('static int f (void) __attribute__ ((weakref ("g")))')
   is an alias that names its symbol itself, as an asm label does.  */
static bool
conflicts_with_weakref (tree decl, const struct ln_entry *e)
{
  if (!lookup_attribute ("weakref", DECL_ATTRIBUTES (decl)))
    return false;
  tree alias = lookup_attribute ("alias", DECL_ATTRIBUTES (decl));
  const char *to = alias && TREE_VALUE (alias)
		   && TREE_CODE (TREE_VALUE (TREE_VALUE (alias))) == STRING_CST
		   ? TREE_STRING_POINTER (TREE_VALUE (TREE_VALUE (alias)))
		   : linkname_asm_name (decl);
  error_at ((location_t) e->loc,
	    "%qs is a weakref to %qs, which names its symbol already; "
	    "remove the weakref or the linkname",
	    ln_entry_name (e), to);
  return true;
}

/* The directive for NODE's declaration, if any.  */
static struct ln_entry *
entry_of (symtab_node *node)
{
  tree decl = node->decl;
  if (linkname_cxx)
    return linkname_cxx_entry (decl);
  return DECL_NAME (decl) ? ln_table_lookup (linkname_table,
					     IDENTIFIER_POINTER (DECL_NAME (decl)))
			  : NULL;
}

/* The symbol NODE ends up with: a push's or an export's, else its own.  */
static const char *
final_symbol (symtab_node *node)
{
  struct ln_entry *e = entry_of (node);
  if (e && (e->role == LN_ROLE_PUSH || e->role == LN_ROLE_EXPORT))
    return ln_entry_symbol (e);
  return linkname_asm_name (node->decl);
}

/* Is E's symbol a name GCC gives a part or clone of a function defined
   in the unit ('f.cold' for the cold part of f, 'f.part.0', ...)?
   Then the assembler would see it defined twice, or a pull would bind
   to GCC's local copy: say so.  */
static bool
gcc_makes (const struct ln_entry *e)
{
  static struct ln_strmap *functions; /* the unit's, by final symbol */
  const char *symbol = ln_entry_symbol (e), *suffix;
  size_t len = ln_target_gcc_part (symbol, &suffix);
  if (!len)
    return false;
  if (!functions)
    {
      functions = ln_strmap_new ();
      cgraph_node *cn;
      FOR_EACH_DEFINED_FUNCTION (cn)
	if (!ln_strmap_put (functions, final_symbol (cn), cn))
	  fatal_error ((location_t) e->loc, "linkname: out of memory");
    }
  char *base = xstrndup (symbol, len);
  cgraph_node *f = (cgraph_node *) ln_strmap_get (functions, base);
  free (base);
  if (!f)
    return false;
  auto_diagnostic_group d;
  error_at ((location_t) e->loc,
	    "linkname target %qs is the name GCC gives %s %qs, which "
	    "this unit defines; choose another name",
	    symbol, strcmp (suffix, "cold") == 0 ? "the cold part of"
						  : "a clone of",
	    final_symbol (f));
  inform (DECL_SOURCE_LOCATION (f->decl), "%qs is defined here",
	  final_symbol (f));
  return true;
}

/* Another definition in this unit that keeps the name E->target would
   give the assembler a symbol defined twice: say so here instead.  */
static bool
collides (symtab_node *node, const struct ln_entry *e)
{
  tree id = get_identifier (ln_entry_symbol (e));
  for (symtab_node *o = symtab_node::get_for_asmname (id); o;
       o = o->next_sharing_asm_name)
    {
      if (o == node || !o->definition || DECL_EXTERNAL (o->decl))
	continue;
      /* A definition that a directive renames away does not stay.  */
      struct ln_entry *oe = entry_of (o);
      if (oe && oe->role != LN_ROLE_PULL && oe->role != LN_ROLE_NONE
	  && strcmp (ln_entry_symbol (oe), ln_entry_symbol (e)))
	continue;
      auto_diagnostic_group d;
      error_at ((location_t) e->loc,
		"linkname target %qs collides with the definition of %qs; "
		"a symbol can have only one definition",
		ln_entry_symbol (e), linkname_asm_name (o->decl));
      inform (DECL_SOURCE_LOCATION (o->decl), "%qs is defined here",
	      linkname_asm_name (o->decl));
      return true;
    }
  return false;
}

/* Make a definition a global symbol that nothing removes or hides: no
   -fwhole-program or LTO localization, no -fvisibility=hidden.  */
void
linkname_make_global (tree decl)
{
  TREE_PUBLIC (decl) = 1;
  DECL_PRESERVE_P (decl) = 1;
  if (VAR_P (decl))
    DECL_COMMON (decl) = 0; /* a real definition, not a common symbol */
  if (!lookup_attribute ("visibility", DECL_ATTRIBUTES (decl)))
    {
      DECL_VISIBILITY (decl) = VISIBILITY_DEFAULT;
      DECL_VISIBILITY_SPECIFIED (decl) = 1;
    }
  if (!lookup_attribute ("externally_visible", DECL_ATTRIBUTES (decl)))
    DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("externally_visible"),
					NULL_TREE, DECL_ATTRIBUTES (decl));
}

/* Rename and export DECL as E says; true when it was applied.  */
bool
linkname_apply (symtab_node *node, struct ln_entry *e)
{
  tree decl = node->decl;
  if (conflicts_with_asm_label (decl, e) || conflicts_with_weakref (decl, e)
      || gcc_makes (e))
    return false;
  if (e->role == LN_ROLE_PULL)
    {
      /* As for an asm label on a builtin (c-decl.cc, finish_decl): the
	 calls GCC expands as libcalls must use the new name too.  */
      if (TREE_CODE (decl) == FUNCTION_DECL
	  && fndecl_built_in_p (decl, BUILT_IN_NORMAL))
	set_builtin_user_assembler_name (decl, e->target);
      set_user_assembler_name (decl, e->target);
      return true;
    }
  if (DECL_EXTERNAL (decl))
    {
      /* C99 'inline' without 'extern': this unit emits no definition.
	 GNU's 'extern inline' (gnu_inline, -fgnu89-inline) none in any
	 unit, and an 'extern' declaration does not change that.  */
      if (lookup_attribute ("gnu_inline", DECL_ATTRIBUTES (decl))
	  || flag_gnu89_inline)
	error_at ((location_t) e->loc,
		  "%qs is an %<extern inline%> definition with GNU inline "
		  "semantics (%<gnu_inline%>, %<-fgnu89-inline%>), which no "
		  "unit emits; declare it %<static inline%>, or define it "
		  "without %<extern%> in one unit, to give it a symbol",
		  ln_entry_name (e));
      else
	error_at ((location_t) e->loc,
		  "%qs is an inline definition that this unit does not emit; "
		  "declare it %<static inline%>, or add an %<extern%> "
		  "declaration, to give it a symbol",
		  ln_entry_name (e));
      return false;
    }
  if (!node->definition)
    return false;
  /* A push, or an export under a package path, renames.  */
  bool renames = strcmp (ln_entry_symbol (e), e->local) != 0;
  if (renames && collides (node, e))
    return false;
  linkname_make_global (decl);
  if (renames)
    set_user_assembler_name (decl, ln_entry_symbol (e));
  if (TREE_CODE (decl) == FUNCTION_DECL)
    linkname_note_versioned (decl, ln_entry_symbol (e));
  if (TREE_CODE (decl) == FUNCTION_DECL)
    {
      const char *symbol = ln_entry_symbol (e);
      e->thunk = linkname_emit_thunk (decl, symbol, (location_t) e->loc);
      if (e->thunk)
	linkname_goentry_want (decl, symbol);
      char *thunk = e->thunk ? concat (symbol, LN_ABI0_SUFFIX, NULL) : NULL;
      linkname_emit_go_note (decl, symbol, thunk, linkname_thunk_why ());
      free (thunk);
    }
  return true;
}

/* What the assembler is told a symbol is.  */
enum symbol_kind
{
  KIND_CODE,
  KIND_DATA,
  KIND_TLS
};

static enum symbol_kind
kind_of (const_tree decl)
{
  if (TREE_CODE (decl) == FUNCTION_DECL)
    return KIND_CODE;
  return DECL_THREAD_LOCAL_P (decl) ? KIND_TLS : KIND_DATA;
}

static const char *const kind_names[]
  = { "a function", "a variable", "a thread-local variable" };

/* After the renames, every symbol a directive gave a name to must stand
   for one kind of thing: a function and a variable, or a thread-local and
   an ordinary variable, under one name end in an assembler error or in
   code that reads instructions as data.  Of two directives, the earlier
   speaks.  */
static void
check_kind (symtab_node *node, const struct ln_entry *e)
{
  for (symtab_node *o
       = symtab_node::get_for_asmname (DECL_ASSEMBLER_NAME (node->decl));
       o; o = o->next_sharing_asm_name)
    {
      if (kind_of (o->decl) == kind_of (node->decl))
	continue;
      struct ln_entry *oe = entry_of (o);
      if (oe && oe->role != LN_ROLE_NONE && oe->loc < e->loc)
	continue;
      auto_diagnostic_group d;
      error_at ((location_t) e->loc,
		"symbol %qs would be both %s (%qs) and %s (%qD)",
		linkname_asm_name (node->decl), kind_names[kind_of (node->decl)],
		ln_entry_name (e), kind_names[kind_of (o->decl)], o->decl);
      inform (DECL_SOURCE_LOCATION (o->decl), "%qD is declared here",
	      o->decl);
      return;
    }
}

/* Rename and export every declaration a directive applies to.  */
static void
apply_directives (void)
{
  /* Collect first: renaming reshuffles the assembler-name hash.  */
  auto_vec<symtab_node *> nodes;
  symtab_node *node;
  FOR_EACH_SYMBOL (node)
    {
      tree decl = node->decl;
      /* A symver alias is GCC's copy of the declaration under the
	 versioned name (foo@VERS_1): it follows the definition, as it
	 does an asm label.  */
      if (!DECL_NAME (decl) || DECL_ARTIFICIAL (decl) || node->symver
	  || (TREE_CODE (decl) != FUNCTION_DECL && !VAR_P (decl))
	  || (!file_scope_p (decl) && !DECL_EXTERNAL (decl)))
	continue;
      struct ln_entry *e = entry_of (node);
      if (e && e->role != LN_ROLE_NONE)
	nodes.safe_push (node);
    }
  unsigned i;
  FOR_EACH_VEC_ELT (nodes, i, node)
    {
      struct ln_entry *e = entry_of (node);
      if (linkname_apply (node, e))
	linkname_report_applied (node->decl, e);
    }
  if (seen_error ())
    return;
  FOR_EACH_VEC_ELT (nodes, i, node)
    check_kind (node, entry_of (node));
}

void
linkname_recover_attributes (void)
{
  symtab_node *node;
  FOR_EACH_SYMBOL (node)
    {
      tree decl = node->decl;
      tree attr = lookup_attribute ("linkname", DECL_ATTRIBUTES (decl));
      if (!attr || !DECL_NAME (decl))
	continue;
      const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
      location_t loc = DECL_SOURCE_LOCATION (decl);
      if (ln_table_lookup (linkname_table, name))
	continue;
      tree args = TREE_VALUE (attr);
      const char *target;
      if (linkname_pch_pragma (attr, &target, &loc))
	/* Checked when the PCH was made.  */
	linkname_record_checked (linkname_table, name, target, loc,
				 LN_FROM_PRAGMA);
      else
	linkname_record (name,
			 args ? TREE_STRING_POINTER (TREE_VALUE (args)) : NULL,
			 loc, LN_FROM_ATTRIBUTE);
      linkname_note_decl (decl);
    }
}

static bool finished;

void
linkname_finish_unit (bool apply_names)
{
  if (finished || !linkname_table)
    return;
  finished = true;
  if (linkname_cxx)
    {
      linkname_cxx_finish_unit (apply_names);
      return;
    }
  linkname_recover_attributes ();
  if (ln_table_count (linkname_table) > 0)
    ln_table_resolve (linkname_table, linkname_options.gccgo_strict,
		      linkname_report_error, NULL);
  if (!apply_names || seen_error ())
    return;
  if (ln_table_count (linkname_table) > 0)
    apply_directives ();
  /* After the directives: a pull may have given a declaration the name
     that the symabis file lists.  */
  linkname_symabis_apply ();
  linkname_report_write ();
}
