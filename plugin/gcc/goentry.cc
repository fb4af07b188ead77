/* goentry.cc - -fplugin-arg-linkname-go-entry: for each linknamed
   definition with an ABI0 thunk and a simple frame, a second entry
   TARGET.goentry into which GCC inlines the function, for linkname-go's
   bounded stubs, which jump to it: one call level from Go to C, as a
   call to Go assembly is.

   SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   The entry is a function GCC compiles like any other, made of trees:

     void TARGET.goentry (uintptr *vdsosp, uint32 *mallocing,
			  void *frame)
	  __attribute__ ((flatten, sysv_abi, force_align_arg_pointer,
			  no_callee_saved_registers))
     {
       *(RES *) (frame + RES_OFF) = F (*(A *) (frame + A_OFF), ...);
       *(volatile uintptr *) vdsosp = 0;
       if (mallocing)
	 *(volatile uint32 *) mallocing = 0;
     }

   FRAME is the Go caller's ABI0 frame (the stub passes 8(SP) in %rdx and
   jumps, so that the entry returns straight to the Go caller), laid out
   as the thunk reads it (ln_plan_call).  The two stores are the ones a
   stub makes after a call, on fields of the running m whose addresses
   the stub passes: the entry knows no Go runtime layout.  Go's SP is
   only 8-aligned: force_align_arg_pointer makes GCC assume that much
   at entry (ix86_minimum_incoming_stack_boundary) and realign where the
   code needs more, which -fstack-usage's numbers include.
   no_callee_saved_registers (GCC 16 on, gcc-compat.h): Go keeps no
   value in %rbx or %r12-%r15 across the call.  flatten has
   GCC inline F and, into it, whatever F calls in the unit.  The class
   pass (callclass.cc) classifies the entry from its final code like
   any function, and the Go note carries its bound when it is bounded.

   Only for what the entry can read and write as plain scalars: integer,
   enum, _Bool, pointer, float and double parameters and result.  Not
   for weak or COMDAT definitions (another copy may win the link), nor
   under -flto (no code here), -fsplit-stack (its prologue reads a TLS
   slot Go threads do not have), nor when the unit defines a symbol of
   the entry's name; any refusal is silent: no entry, and linkname-go
   calls the function as without the option.  */
#include "linkname.h"
#include "linkname/gonote.h"

#include <stdio.h>

struct pending_entry
{
  tree fndecl;
  char *symbol;
};
static vec<pending_entry> wanted;

/* The entries made, by their function's symbol.  */
static vec<char *> made;

/* A type the entry reads or writes as one scalar.  */
static bool
scalar_ok (tree type)
{
  HOST_WIDE_INT size = int_size_in_bytes (type);
  switch (TREE_CODE (type))
    {
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
    case BOOLEAN_TYPE:
      return size == 1 || size == 2 || size == 4 || size == 8;
    case POINTER_TYPE:
      return size == 8;
    case REAL_TYPE:
      return (size == 4 && TYPE_MODE (type) == SFmode)
	     || (size == 8 && TYPE_MODE (type) == DFmode);
    default:
      return false;
    }
}

void
linkname_goentry_want (tree fndecl, const char *symbol)
{
  if (!linkname_options.go_entry || !linkname_target_has_abi0 ()
      || linkname_options.abi0 == LN_ABI0_NO)
    return;
  pending_entry e = { fndecl, xstrdup (symbol) };
  wanted.safe_push (e);
}

static struct ln_signature entry_sig; /* large; one entry at a time */
static struct ln_call_plan entry_plan;

/* *(TYPE *) (BASE + OFF), volatile when asked.  */
static tree
frame_ref (tree type, tree base, unsigned off, bool vol)
{
  if (vol)
    type = build_qualified_type (type, TYPE_QUAL_VOLATILE);
  /* Alias set 0 (a char pointer's): the frame is Go's, not a C
     object's.  */
  tree ref = build2 (MEM_REF, type, base,
		     build_int_cst (build_pointer_type (char_type_node), off));
  if (vol)
    {
      TREE_THIS_VOLATILE (ref) = 1;
      TREE_SIDE_EFFECTS (ref) = 1;
    }
  return ref;
}

static tree
new_parm (tree fn, const char *name)
{
  tree p = build_decl (DECL_SOURCE_LOCATION (fn), PARM_DECL,
		       get_identifier (name), ptr_type_node);
  DECL_ARG_TYPE (p) = ptr_type_node;
  DECL_CONTEXT (p) = fn;
  TREE_USED (p) = 1;
  DECL_ARTIFICIAL (p) = 1;
  return p;
}

/* Does GCC pass the entry's three pointers in %rdi, %rsi and %rdx,
   where the stubs put them?  Asked, not assumed.  */
static bool
entry_convention_ok (tree decl)
{
  static const enum ln_reg want[3] = { LN_RDI, LN_RSI, LN_RDX };
  char why[256];
  if (linkname_target_convention (decl)
      || !linkname_signature_locations (decl, &entry_sig, &entry_plan, why, sizeof why)
      || entry_sig.nparams != 3 || entry_sig.has_result)
    return false;
  for (unsigned i = 0; i < 3; i++)
    {
      const struct ln_place *l = &entry_sig.param_locs[i];
      if (l->kind != LN_PLACE_REGS || l->npieces != 1
	  || l->pieces[0].reg != want[i] || l->pieces[0].size != 8)
	return false;
    }
  return true;
}

static void
build_entry (tree fn, const char *symbol)
{
  if (linkname_goentry_made (symbol) || DECL_WEAK (fn)
      || DECL_COMDAT_GROUP (fn) || DECL_EXTERNAL (fn)
      || stdarg_p (TREE_TYPE (fn))
      /* An override (callclass.cc) says the class: never bounded.  */
      || lookup_attribute ("linkname_call", DECL_ATTRIBUTES (fn)))
    return;
  tree rtype = TREE_TYPE (TREE_TYPE (fn));
  if (!VOID_TYPE_P (rtype) && !scalar_ok (rtype))
    return;
  for (tree a = TYPE_ARG_TYPES (TREE_TYPE (fn));
       a && !VOID_TYPE_P (TREE_VALUE (a)); a = TREE_CHAIN (a))
    if (!scalar_ok (TREE_VALUE (a)))
      return;
  /* The frame as the thunk reads it.  */
  char why[512];
  if (!linkname_signature_locations (fn, &entry_sig, &entry_plan, why, sizeof why))
    return;
  unsigned nargs = entry_sig.nparams;
  unsigned offsets[LN_MAX_PARAMS];
  memcpy (offsets, entry_plan.abi0_offset, sizeof offsets);
  unsigned res_off = entry_plan.result_offset;

  location_t loc = DECL_SOURCE_LOCATION (fn);
  tree fntype = build_function_type_list (void_type_node, ptr_type_node,
					  ptr_type_node, ptr_type_node,
					  NULL_TREE);
  tree tattrs = tree_cons (get_identifier ("force_align_arg_pointer"),
			   NULL_TREE, NULL_TREE);
  tattrs = tree_cons (get_identifier ("sysv_abi"), NULL_TREE, tattrs);
  /* No register saved for a Go caller that keeps none (gcc-compat.h),
     where this GCC has the attribute.  */
  tree ncs = get_identifier ("no_callee_saved_registers");
  if (LINKNAME_ENTRY_NO_CALLEE_SAVED && lookup_attribute_spec (ncs))
    tattrs = tree_cons (ncs, NULL_TREE, tattrs);
  fntype = build_type_attribute_variant (fntype, tattrs);
  char *name = concat (symbol, LN_GOENTRY_SUFFIX, NULL);
  tree id = get_identifier (name);
  free (name);
  /* The unit names a symbol so itself (an asm label): no entry, rather
     than an assembler error.  */
  if (symtab_node::get_for_asmname (id))
    return;
  tree decl = build_decl (loc, FUNCTION_DECL, id, fntype);
  SET_DECL_ASSEMBLER_NAME (decl, id);
  tree parms[3] = { new_parm (decl, "vdsosp"), new_parm (decl, "mallocing"),
		    new_parm (decl, "frame") };
  for (int i = 0; i < 2; i++)
    DECL_CHAIN (parms[i]) = parms[i + 1];
  DECL_ARGUMENTS (decl) = parms[0];
  if (!entry_convention_ok (decl))
    return;

  tree resdecl = build_decl (loc, RESULT_DECL, NULL_TREE, void_type_node);
  DECL_ARTIFICIAL (resdecl) = 1;
  DECL_IGNORED_P (resdecl) = 1;
  DECL_CONTEXT (resdecl) = decl;
  DECL_RESULT (decl) = resdecl;
  TREE_PUBLIC (decl) = 1;
  TREE_STATIC (decl) = 1;
  TREE_USED (decl) = 1;
  DECL_ARTIFICIAL (decl) = 1;
  DECL_IGNORED_P (decl) = 1;
  DECL_PRESERVE_P (decl) = 1;
  DECL_UNINLINABLE (decl) = 1;
  DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT (decl) = 1;
  DECL_VISIBILITY (decl) = DECL_VISIBILITY (fn);
  DECL_VISIBILITY_SPECIFIED (decl) = DECL_VISIBILITY_SPECIFIED (fn);
  DECL_FUNCTION_SPECIFIC_OPTIMIZATION (decl)
    = DECL_FUNCTION_SPECIFIC_OPTIMIZATION (fn);
  DECL_FUNCTION_SPECIFIC_TARGET (decl) = DECL_FUNCTION_SPECIFIC_TARGET (fn);
  /* no_icf: identical functions get identical entries, which IPA-ICF
     would otherwise make calls of one another.  */
  DECL_ATTRIBUTES (decl)
    = tree_cons (get_identifier ("flatten"), NULL_TREE,
		 tree_cons (get_identifier ("no_icf"), NULL_TREE, NULL_TREE));

  tree body = alloc_stmt_list ();
  tree frame = parms[2];
  tree *args = XALLOCAVEC (tree, nargs ? nargs : 1);
  unsigned i = 0;
  /* Each argument by a load of its own (volatile): the Go caller has
     just stored them one by one, and one vector load of two of them
     (GCC 14 and 16 vectorize a + b so) would wait for both stores to
     leave the store buffer instead of forwarding from them.  */
  for (tree a = TYPE_ARG_TYPES (TREE_TYPE (fn));
       a && !VOID_TYPE_P (TREE_VALUE (a)); a = TREE_CHAIN (a), i++)
    args[i] = frame_ref (TYPE_MAIN_VARIANT (TREE_VALUE (a)), frame,
			 offsets[i], true);
  gcc_assert (i == nargs);
  tree call = build_call_expr_loc_array (loc, fn, nargs, args);
  if (!VOID_TYPE_P (rtype))
    call = build2 (MODIFY_EXPR, TYPE_MAIN_VARIANT (rtype),
		   frame_ref (TYPE_MAIN_VARIANT (rtype), frame, res_off,
			      false),
		   fold_convert (TYPE_MAIN_VARIANT (rtype), call));
  append_to_statement_list (call, &body);
  /* The stub's stores after a call, in its order: m.vdsoSP and
     m.mallocing cleared, the latter only when the stub passes it: a
     stub for a function the note calls nofault sets no m.mallocing and
     passes a null pointer (a test and a branch here, against a store).
     Measured side by side on Go 1.19 and 1.27 (add, gcc-12 -O2): an
     unconditional store through a harmless pointer costs about 0.05 ns
     a call more than the branch, and laying the branch out for nofault
     (__builtin_expect) gains nothing: stores, not branches, set the
     cost here.  */
  tree cleared[2] = { pointer_sized_int_node, uint32_type_node };
  for (int k = 0; k < 2; k++)
    {
      tree store = build2 (MODIFY_EXPR, cleared[k],
			   frame_ref (cleared[k], parms[k], 0, true),
			   build_int_cst (cleared[k], 0));
      if (k == 1)
	store = build3 (COND_EXPR, void_type_node,
			build2 (NE_EXPR, boolean_type_node, parms[k],
				null_pointer_node),
			store, NULL_TREE);
      append_to_statement_list (store, &body);
    }

  tree saved_decl = current_function_decl;
  current_function_decl = decl;
  allocate_struct_function (decl, false);
  DECL_INITIAL (decl) = make_node (BLOCK);
  BLOCK_SUPERCONTEXT (DECL_INITIAL (decl)) = decl;
  TREE_USED (DECL_INITIAL (decl)) = 1;
  DECL_SAVED_TREE (decl) = body;
  cfun->function_end_locus = loc;
  gimplify_function_tree (decl);
  cgraph_node::add_new_function (decl, false);
  set_cfun (NULL);
  current_function_decl = saved_decl;
  made.safe_push (xstrdup (symbol));
}

void
linkname_goentry_build (void)
{
  /* -flto: the code is made at link time, without the plugin.  */
  bool build = !seen_error () && !flag_generate_lto && !flag_split_stack;
  unsigned i;
  pending_entry *e;
  FOR_EACH_VEC_ELT (wanted, i, e)
    {
      if (build)
	build_entry (e->fndecl, e->symbol);
      free (e->symbol);
    }
  wanted.release ();
}

bool
linkname_goentry_made (const char *symbol)
{
  unsigned i;
  char *s;
  FOR_EACH_VEC_ELT (made, i, s)
    if (strcmp (s, symbol) == 0)
      return true;
  return false;
}
