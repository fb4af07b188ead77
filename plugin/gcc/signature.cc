/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* signature.cc - describe a C function's signature to the core (abi0.h)
   as sizes, alignments and kinds, with the registers and stack slots
   GCC's own target hooks put each value in; or say which parameter has no
   Go counterpart, or which GCC passes in a way no thunk can move, and
   why.  */
#include "linkname.h"

#include <stdio.h>

/* Why TYPE, or a member of it, has no Go counterpart; NULL when all of
   it has one.  Only what Go cannot express is refused here: where the
   value travels is GCC's answer (linkname_signature_locations).  */
static const char *
unsupported (tree type)
{
  HOST_WIDE_INT size = int_size_in_bytes (type);
  switch (TREE_CODE (type))
    {
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
    case BOOLEAN_TYPE:
      return size > 8 ? "integers wider than 64 bits have no Go counterpart"
		      : NULL;
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      return NULL;
    case REAL_TYPE:
      if (DECIMAL_FLOAT_TYPE_P (type) || (size != 4 && size != 8)
	  || TYPE_MODE (type) != (size == 4 ? SFmode : DFmode))
	return "only float and double have Go counterparts "
	       "(float32, float64)";
      return NULL;
    case COMPLEX_TYPE:
      if (TREE_CODE (TREE_TYPE (type)) != REAL_TYPE)
	return "complex integers have no Go counterpart";
      return unsupported (TREE_TYPE (type));
    case RECORD_TYPE:
    case UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL && !DECL_BIT_FIELD (f))
	  if (const char *why = unsupported (TREE_TYPE (f)))
	    return why;
      return NULL;
    case ARRAY_TYPE:
      return unsupported (TREE_TYPE (type));
    case VECTOR_TYPE:
      return "vector types have no Go counterpart";
    default:
      return "this type has no Go counterpart";
    }
}

static enum ln_kind
kind_of (tree type)
{
  switch (TREE_CODE (type))
    {
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
    case BOOLEAN_TYPE:
      return TYPE_UNSIGNED (type) ? LN_KIND_UINT : LN_KIND_SINT;
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      return LN_KIND_UINT;
    case REAL_TYPE:
      return LN_KIND_FLOAT;
    default:
      return LN_KIND_AGGREGATE;
    }
}

/* Describe TYPE into T; NULL on success, else the reason.  */
static const char *
describe_type (tree type, struct ln_type *t)
{
  memset (t, 0, sizeof *t);
  HOST_WIDE_INT size = int_size_in_bytes (type);
  if (size < 0 || !COMPLETE_TYPE_P (type))
    return "its size is not known at compile time";
  if (size > (1 << 20))
    return "it is larger than a Go frame should be (1 MiB)";
  if (linkname_cxx && RECORD_OR_UNION_TYPE_P (type))
    {
      if (TREE_ADDRESSABLE (type))
	return "C++ passes a class that is not trivially copyable by "
	       "invisible reference, which ABI0 has no form for";
      if (TYPE_EMPTY_P (type))
	return "C++ passes an empty class in no register and no stack slot, "
	       "which ABI0 has no form for";
    }
  t->size = (unsigned) size;
  t->align = TYPE_ALIGN_UNIT (type);
  t->kind = kind_of (type);
  const char *why = unsupported (type);
  if (!why && t->align > 8)
    return "its alignment is greater than 8, which Go types never have";
  return why;
}

bool
linkname_describe_signature (tree fndecl, struct ln_signature *sig,
			     char *why, size_t whylen)
{
  tree fntype = TREE_TYPE (fndecl);
  memset (sig, 0, sizeof *sig);
  if (const char *r = linkname_target_convention (fndecl))
    {
      snprintf (why, whylen, "%s", r);
      return false;
    }
  if (!prototype_p (fntype))
    {
      snprintf (why, whylen, "it has no prototype (a K&R definition); "
			     "ABI0 needs every parameter's type");
      return false;
    }
  if (stdarg_p (fntype))
    {
      snprintf (why, whylen, "it is variadic; ABI0 has no variadic calls");
      return false;
    }
  /* TYPE_ARG_TYPES has every parameter, also for a declaration without
     a body; DECL_ARGUMENTS, when there, only supplies the names.  */
  unsigned i = 0;
  tree parm = DECL_ARGUMENTS (fndecl);
  for (tree a = TYPE_ARG_TYPES (fntype); a && !VOID_TYPE_P (TREE_VALUE (a));
       a = TREE_CHAIN (a), i++, parm = parm ? DECL_CHAIN (parm) : NULL_TREE)
    {
      if (i == LN_MAX_PARAMS)
	{
	  snprintf (why, whylen, "it has more than %d parameters",
		    LN_MAX_PARAMS);
	  return false;
	}
      tree type = TREE_VALUE (a);
      if (const char *r = describe_type (type, &sig->params[i]))
	{
	  char pname[64];
	  if (parm && DECL_NAME (parm))
	    snprintf (pname, sizeof pname, "'%s'",
		      IDENTIFIER_POINTER (DECL_NAME (parm)));
	  else
	    snprintf (pname, sizeof pname, "%u", i + 1);
	  char *tname = linkname_type_string (type);
	  snprintf (why, whylen, "parameter %s has type '%s': %s", pname,
		    tname, r);
	  free (tname);
	  return false;
	}
    }
  sig->nparams = i;
  tree rtype = TREE_TYPE (fntype);
  if (!VOID_TYPE_P (rtype))
    {
      sig->has_result = 1;
      if (const char *r = describe_type (rtype, &sig->result))
	{
	  char *tname = linkname_type_string (rtype);
	  snprintf (why, whylen, "its result has type '%s': %s", tname, r);
	  free (tname);
	  return false;
	}
    }
  return true;
}

/* GCC's hard register REGNO as ours; LN_REG_NONE when not one.  */
static enum ln_reg
our_reg (unsigned regno)
{
  if (regno >= FIRST_PSEUDO_REGISTER)
    return LN_REG_NONE;
  return ln_reg_by_name (reg_names[regno]);
}

/* The bytes of MODE, 0 when not a constant.  */
static unsigned
mode_bytes (machine_mode mode)
{
  poly_uint64 size = GET_MODE_SIZE (mode);
  return size.is_constant () ? (unsigned) size.to_constant () : 0;
}

/* X (a REG) holding bytes from OFFSET of a value of SIZE bytes, as
   pieces of LOC: as many bytes as its mode has, but none past the value
   (GCC loads a 3-byte struct's eightbyte in SImode); a BLKmode register
   holds the rest of the value (a 3-byte struct in one register).  A
   value wider than one hard register takes REG_NREGS consecutive ones
   (a 12-byte struct returned as TImode in %rax and %rdx), in equal
   shares.  */
static bool
add_pieces (struct ln_place *loc, rtx x, unsigned offset, unsigned size)
{
  if (!REG_P (x) || offset >= size)
    return false;
  unsigned n = GET_MODE (x) == BLKmode ? size - offset
					: mode_bytes (GET_MODE (x));
  unsigned nregs = GET_MODE (x) == BLKmode ? 1 : REG_NREGS (x);
  if (nregs == 0 || n % nregs)
    return false;
  n /= nregs;
  for (unsigned k = 0; k < nregs && offset < size; k++, offset += n)
    {
      if (loc->npieces == LN_MAX_PIECES)
	return false;
      struct ln_piece *p = &loc->pieces[loc->npieces++];
      p->reg = our_reg (REGNO (x) + k);
      p->offset = offset;
      p->size = n < size - offset ? n : size - offset;
      if (p->reg == LN_REG_NONE || p->size == 0)
	return false;
    }
  return true;
}

/* GCC's answer X for a value of SIZE bytes (a REG, or a PARALLEL of
   EXPR_LISTs of a REG and its byte offset, as function_arg and
   function_value give) into LOC.  */
static bool
place_of_rtx (rtx x, unsigned size, struct ln_place *loc)
{
  memset (loc, 0, sizeof *loc);
  loc->kind = LN_PLACE_REGS;
  if (REG_P (x))
    return add_pieces (loc, x, 0, size);
  if (GET_CODE (x) != PARALLEL)
    return false;
  for (int i = 0; i < XVECLEN (x, 0); i++)
    {
      rtx e = XVECEXP (x, 0, i);
      if (GET_CODE (e) != EXPR_LIST || !CONST_INT_P (XEXP (e, 1))
	  || INTVAL (XEXP (e, 1)) < 0
	  || !add_pieces (loc, XEXP (e, 0), (unsigned) INTVAL (XEXP (e, 1)),
			 size))
	return false;
    }
  return loc->npieces > 0;
}

/* Ask GCC's target hooks where a call to FNDECL passes each of SIG's
   parameters and gets its result, as expand_call does: the cumulative
   arguments of FNDECL's type, a hidden first argument for a result
   aggregate_value_p returns in memory, function_arg and
   function_arg_advance for each parameter in order (a NULL answer puts
   it on the stack, after the previous stack arguments, at the boundary
   function_arg_boundary gives and padded to PARM_BOUNDARY, as
   locate_and_pad_parm does for a target whose arguments grow upward),
   function_value for a result in registers.  Under a dummy cfun: the
   hooks keep state there.  */
static const char *
ask_gcc (tree fndecl, struct ln_signature *sig)
{
  static char why[160];
  tree fntype = TREE_TYPE (fndecl);
  tree rtype = TREE_TYPE (fntype);
  bool hidden = sig->has_result && aggregate_value_p (rtype, fndecl);
  const char *r = NULL;
  unsigned stack = 0, slot = PARM_BOUNDARY / BITS_PER_UNIT;
  CUMULATIVE_ARGS cum_v;
  cumulative_args_t cum;
  /* GCC says what changed between its versions when it compiles the
     function itself (-Wpsabi); not again here.  */
  int saved_psabi = warn_psabi;
  warn_psabi = 0;
  push_struct_function (NULL_TREE);
  INIT_CUMULATIVE_ARGS (cum_v, fntype, NULL_RTX, fndecl,
			(int) sig->nparams + hidden);
  cum = pack_cumulative_args (&cum_v);

  memset (&sig->result_loc, 0, sizeof sig->result_loc);
  if (hidden)
    {
      if (targetm.calls.struct_value_rtx (fntype, 0))
	r = "GCC passes the address of its result in a register of its own";
      else
	{
	  tree ptype = build_pointer_type (rtype);
	  function_arg_info arg (ptype, TYPE_MODE (ptype), true);
	  rtx x = targetm.calls.function_arg (cum, arg);
	  if (!x || !place_of_rtx (x, 8, &sig->result_loc))
	    r = "GCC passes the address of its result on the stack";
	  sig->result_loc.kind = LN_PLACE_MEMORY;
	  targetm.calls.function_arg_advance (cum, arg);
	}
    }
  else if (sig->has_result && sig->result.size)
    {
      rtx x = targetm.calls.function_value (rtype, fndecl, false);
      if (!x || !place_of_rtx (x, sig->result.size, &sig->result_loc))
	r = "GCC returns its result in a way the thunk cannot move";
    }

  unsigned i = 0;
  for (tree a = TYPE_ARG_TYPES (fntype);
       !r && a && !VOID_TYPE_P (TREE_VALUE (a)); a = TREE_CHAIN (a), i++)
    {
      tree type = TREE_VALUE (a);
      struct ln_place *loc = &sig->param_locs[i];
      unsigned size = sig->params[i].size;
      function_arg_info arg (type, TYPE_MODE (type), true);
      memset (loc, 0, sizeof *loc);
      if (pass_by_reference (&cum_v, arg))
	{
	  snprintf (why, sizeof why, "GCC passes parameter %u by invisible "
				     "reference, which ABI0 has no form for",
		    i + 1);
	  r = why;
	  break;
	}
      rtx x = targetm.calls.function_arg (cum, arg);
      if (x && targetm.calls.arg_partial_bytes (cum, arg))
	{
	  snprintf (why, sizeof why, "GCC passes parameter %u partly in "
				     "registers, partly on the stack", i + 1);
	  r = why;
	  break;
	}
      if (size == 0)
	; /* an empty struct: nothing moves */
      else if (!x)
	{
	  unsigned align = targetm.calls.function_arg_boundary (arg.mode, type)
			   / BITS_PER_UNIT;
	  if (align < slot)
	    align = slot;
	  stack = (stack + align - 1) / align * align;
	  loc->kind = LN_PLACE_STACK;
	  loc->stack_offset = stack;
	  loc->stack_size = (size + slot - 1) / slot * slot;
	  stack += loc->stack_size;
	}
      else if (!place_of_rtx (x, size, loc))
	{
	  snprintf (why, sizeof why, "GCC passes parameter %u in a way the "
				     "thunk cannot move", i + 1);
	  r = why;
	  break;
	}
      targetm.calls.function_arg_advance (cum, arg);
    }

  pop_cfun ();
  warn_psabi = saved_psabi;
  return r;
}

bool
linkname_signature_locations (tree fndecl, struct ln_signature *sig,
			      struct ln_call_plan *plan, char *why,
			      size_t whylen)
{
  if (!linkname_describe_signature (fndecl, sig, why, whylen))
    return false;
  if (const char *r = ask_gcc (fndecl, sig))
    {
      snprintf (why, whylen, "%s", r);
      return false;
    }
  if (ln_plan_call (sig, plan) != 0)
    {
      snprintf (why, whylen, "GCC passes a value where the thunk cannot "
			     "move it");
      return false;
    }
  return true;
}
