/* signature.cc - describe a C function's signature to the core (abi0.h)
   as sizes, alignments and scalar leaves, or say which parameter has no
   Go counterpart and why.  */
#include "linkname.h"

#include <stdio.h>

struct walk
{
  struct ln_type *t;
  const char *why; /* set when the type is not supported */
};

static void
add_leaf (struct walk *w, enum ln_leaf_kind kind, unsigned offset,
	  unsigned size)
{
  ln_type_add_leaf (w->t, kind, offset, size);
}

static void describe_at (struct walk *w, tree type, unsigned offset);

static void
describe_record (struct walk *w, tree type, unsigned offset)
{
  for (tree f = TYPE_FIELDS (type); f && !w->why; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL || !DECL_SIZE (f)
	  || integer_zerop (DECL_SIZE (f)))
	continue; /* flexible or zero-length array, unnamed padding */
      HOST_WIDE_INT bitpos = int_bit_position (f);
      if (DECL_BIT_FIELD (f))
	{
	  /* A bit-field is integer data in every byte it touches.  */
	  HOST_WIDE_INT bits = tree_to_uhwi (DECL_SIZE (f));
	  for (HOST_WIDE_INT byte = bitpos / 8; byte * 8 < bitpos + bits; byte++)
	    add_leaf (w, LN_LEAF_UINT, offset + (unsigned) byte, 1);
	  continue;
	}
      unsigned field_offset = offset + (unsigned) (bitpos / 8);
      if (field_offset % TYPE_ALIGN_UNIT (TREE_TYPE (f)))
	w->t->unaligned = 1;
      describe_at (w, TREE_TYPE (f), field_offset);
    }
}

static void
describe_at (struct walk *w, tree type, unsigned offset)
{
  HOST_WIDE_INT size = int_size_in_bytes (type);
  switch (TREE_CODE (type))
    {
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
    case BOOLEAN_TYPE:
      if (size > 8)
	w->why = "integers wider than 64 bits have no Go counterpart";
      else
	add_leaf (w, TYPE_UNSIGNED (type) ? LN_LEAF_UINT : LN_LEAF_SINT,
		  offset, (unsigned) size);
      return;
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      add_leaf (w, LN_LEAF_UINT, offset, (unsigned) size);
      return;
    case REAL_TYPE:
      if (DECIMAL_FLOAT_TYPE_P (type) || (size != 4 && size != 8)
	  || TYPE_MODE (type) != (size == 4 ? SFmode : DFmode))
	w->why = "only float and double have Go counterparts "
		 "(float32, float64)";
      else
	add_leaf (w, LN_LEAF_FLOAT, offset, (unsigned) size);
      return;
    case COMPLEX_TYPE:
      if (TREE_CODE (TREE_TYPE (type)) != REAL_TYPE)
	{
	  w->why = "complex integers have no Go counterpart";
	  return;
	}
      describe_at (w, TREE_TYPE (type), offset);
      describe_at (w, TREE_TYPE (type), offset + (unsigned) size / 2);
      w->t->aggregate = 1;
      return;
    case RECORD_TYPE:
    case UNION_TYPE:
      describe_record (w, type, offset);
      w->t->aggregate = 1;
      return;
    case ARRAY_TYPE:
      {
	HOST_WIDE_INT elt = int_size_in_bytes (TREE_TYPE (type));
	for (HOST_WIDE_INT i = 0; elt > 0 && i < size / elt && !w->why; i++)
	  describe_at (w, TREE_TYPE (type), offset + (unsigned) (i * elt));
	w->t->aggregate = 1;
	return;
      }
    case VECTOR_TYPE:
      w->why = "vector types have no Go counterpart";
      return;
    default:
      w->why = "this type has no Go counterpart";
      return;
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
  struct walk w = { t, NULL };
  describe_at (&w, type, 0);
  if (!w.why && t->align > 8)
    return "its alignment is greater than 8, which Go types never have";
  return w.why;
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
      /* Whether the result goes through a hidden pointer is GCC's call
	 (-fpcc-struct-return returns every struct that way).  */
      sig->result_in_memory = aggregate_value_p (rtype, fndecl);
      struct ln_placed p;
      if (!sig->result_in_memory
	  && ln_classify (&sig->result, &p) == LN_IN_MEMORY)
	{
	  char *tname = linkname_type_string (rtype);
	  snprintf (why, whylen, "its result has type '%s': GCC returns it "
				 "in registers, where the psABI says memory",
		    tname);
	  free (tname);
	  return false;
	}
    }
  return true;
}

bool
linkname_signature_locations (tree fndecl, struct ln_signature *sig,
			      struct ln_call_plan *plan, char *why,
			      size_t whylen)
{
  if (!linkname_describe_signature (fndecl, sig, why, whylen))
    return false;
  if (ln_plan_call (sig, plan) != 0)
    {
      snprintf (why, whylen, "its call cannot be planned");
      return false;
    }
  /* Transitional: the psABI model's answer, until GCC's hooks give it.  */
  ln_places_from_plan (sig, plan);
  return true;
}
