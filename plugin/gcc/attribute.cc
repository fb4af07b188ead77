/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* attribute.cc - __attribute__((linkname("TARGET"))) and
   __attribute__((linkname)) on a file-scope function or variable.

   The handler only records the directive: renaming here, on a function
   definition, trips start_function's assertion that no assembler name is
   set yet (an ICE).  In C the attribute itself is not kept on the decl,
   except in a header compiled as a PCH.
   In C++ it is: a name cannot tell ns1::f from ns2::f, so the attribute
   marks the very declaration, and C++ merges it into redeclarations
   (cxx.cc).  */
#include "linkname.h"

static bool unsupported_language;

static const char *
wrong_kind (const_tree decl)
{
  switch (TREE_CODE (decl))
    {
    case FUNCTION_DECL:
    case VAR_DECL:
      return NULL;
    case PARM_DECL:
      return "function parameters";
    case FIELD_DECL:
      return "struct or union members";
    case TYPE_DECL:
      return "types";
    default:
      return "this declaration";
    }
}

static tree
handle_linkname_attribute (tree *node, tree, tree args, int,
			   bool *no_add_attrs)
{
  *no_add_attrs = true;
  tree decl = *node;
  location_t loc = DECL_P (decl) ? DECL_SOURCE_LOCATION (decl)
				 : input_location;
  if (unsupported_language)
    {
      error_at (loc, "the %<linkname%> attribute is not supported in this "
		     "language yet; the linkname plugin supports C");
      return NULL_TREE;
    }
  if (!DECL_P (decl))
    {
      error_at (loc, "the %<linkname%> attribute applies to functions and "
		     "variables only");
      return NULL_TREE;
    }
  if (const char *what = wrong_kind (decl))
    {
      error_at (loc, "the %<linkname%> attribute applies to file-scope "
		     "functions and variables, not to %s", what);
      return NULL_TREE;
    }
  if (linkname_cxx && !current_function_decl
      && !linkname_cxx_check_attribute (decl, loc))
    return NULL_TREE;
  /* DECL_CONTEXT is not set yet for a block-scope declaration here.  */
  if (current_function_decl
      || !(linkname_cxx || DECL_CONTEXT (decl) == NULL_TREE
	   || TREE_CODE (DECL_CONTEXT (decl)) == TRANSLATION_UNIT_DECL))
    {
      error_at (loc, "the %<linkname%> attribute on block-scope declaration "
		     "%qD; it applies to file-scope functions and variables",
		decl);
      return NULL_TREE;
    }

  struct ln_parsed p;
  memset (&p, 0, sizeof p);
  if (args)
    {
      tree arg = TREE_VALUE (args);
      if (TREE_CODE (arg) != STRING_CST
	  || int_size_in_bytes (TREE_TYPE (TREE_TYPE (arg))) != 1)
	{
	  error_at (loc, "the argument of the %<linkname%> attribute must be "
			 "a narrow string literal naming the target symbol");
	  return NULL_TREE;
	}
      if (ln_parse_string_target (TREE_STRING_POINTER (arg),
				  TREE_STRING_LENGTH (arg) - 1, &p)
	  != LN_PARSE_OK)
	{
	  error_at (loc, "%s", p.message);
	  return NULL_TREE;
	}
    }
  if (linkname_cxx)
    {
      /* A C++ attribute stays on its declaration, which the PCH saves.  */
      char *mangled;
      if (linkname_check_target (p.target, loc, &mangled))
	{
	  free (mangled);
	  *no_add_attrs = false;
	  /* Kept until the end of the unit; merged both ways by
	     duplicate_decls.  */
	  DECL_PRESERVE_P (decl) = 1;
	  linkname_mark_named (decl);
	}
      ln_parsed_release (&p);
      return NULL_TREE;
    }
  /* A PCH saves the declaration but not the table: keep the attribute
     on it there, for the units that use the PCH
     (linkname_recover_attributes).  */
  if (&pch_file != NULL && pch_file)
    *no_add_attrs = false;
  linkname_record (IDENTIFIER_POINTER (DECL_NAME (decl)), p.target, loc,
		   LN_FROM_ATTRIBUTE);
  linkname_note_decl (decl);
  ln_parsed_release (&p);
  return NULL_TREE;
}

void
linkname_register_attribute (bool c_family_ok)
{
  /* Filled by field name: the layout of attribute_spec grows over time.  */
  static struct attribute_spec spec;
  spec.name = "linkname";
  spec.min_length = 0;
  spec.max_length = 1;
  spec.decl_required = true;
  spec.handler = handle_linkname_attribute;
  unsupported_language = !c_family_ok;
  register_attribute (&spec);
  if (c_family_ok)
    linkname_register_call_attribute ();
}
