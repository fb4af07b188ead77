/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* gonote.cc - record a linknamed definition's signature in the object
   (include/linkname/gonote.h), for linkname-go; and the ELF note writer
   that the report's note shares (report.cc).

   The note is a toplevel asm node, like the thunk, so it travels in the
   object whatever builds it: -flto (in fat objects and after the link),
   ccache, distcc.  Types are described from GCC's trees as they are;
   whether they have a Go form is linkname-go's decision, so that a
   function with an unsupported type gets an error that names it there,
   where the user asks for a Go binding.  */
#include "linkname.h"
#include "linkname/gonote.h"
#include "linkname/sbuf.h"

#include <stdio.h>

/* The struct and union types the unit's note describes, in the order
   they were first met; a type's index is its ID.  Their records are
   written as they are met (RECORDS_TEXT), while the trees are whole.  */
static vec<tree> records;
static unsigned records_done;
static struct ln_sbuf records_text = LN_SBUF_INIT;

static unsigned
record_id (tree type)
{
  tree main = TYPE_MAIN_VARIANT (type);
  unsigned i;
  tree t;
  FOR_EACH_VEC_ELT (records, i, t)
    if (t == main)
      return i;
  records.safe_push (main);
  return records.length () - 1;
}

/* Tabs and newlines separate fields and records: never in a field.  */
static void
put_text (struct ln_sbuf *b, const char *s)
{
  for (; *s; s++)
    ln_sbuf_printf (b, "%c", *s == '\t' || *s == '\n' ? ' ' : *s);
}

static void
put_ctype (struct ln_sbuf *b, tree type)
{
  char *s = print_generic_expr_to_str (type);
  put_text (b, s);
  free (s);
}

/* The name of TYPE's typedef, or of the typedef it is a copy of, that
   is NAME; else false.  */
static bool
typedef_named (tree type, const char *const names[])
{
  for (tree n = TYPE_NAME (type); n && TREE_CODE (n) == TYPE_DECL;)
    {
      if (DECL_NAME (n))
	for (int i = 0; names[i]; i++)
	  if (strcmp (IDENTIFIER_POINTER (DECL_NAME (n)), names[i]) == 0)
	    return true;
      tree orig = DECL_ORIGINAL_TYPE (n);
      if (!orig)
	break;
      n = TYPE_NAME (orig);
    }
  return false;
}

static const char *const uintptr_names[] = { "size_t", "uintptr_t", NULL };
static const char *const int_names[]
  = { "ssize_t", "ptrdiff_t", "intptr_t", NULL };

static void
put_enc (struct ln_sbuf *b, tree type)
{
  HOST_WIDE_INT size = int_size_in_bytes (type);
  switch (TREE_CODE (type))
    {
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
      if (size == 8 && typedef_named (type, uintptr_names))
	ln_sbuf_printf (b, "U");
      else if (size == 8 && typedef_named (type, int_names))
	ln_sbuf_printf (b, "I");
      else if (size == 1 || size == 2 || size == 4 || size == 8)
	ln_sbuf_printf (b, "%c%d", TYPE_UNSIGNED (type) ? 'u' : 'i',
			(int) size);
      else
	ln_sbuf_printf (b, "!integers wider than 64 bits have no Go "
			   "counterpart");
      return;
    case BOOLEAN_TYPE:
      ln_sbuf_printf (b, size == 1 ? "b" : "u%d", (int) size);
      return;
    case REAL_TYPE:
      if (TYPE_MODE (type) == SFmode && size == 4)
	ln_sbuf_printf (b, "f4");
      else if (TYPE_MODE (type) == DFmode && size == 8)
	ln_sbuf_printf (b, "f8");
      else
	ln_sbuf_printf (b, "!only float and double have Go counterparts");
      return;
    case COMPLEX_TYPE:
      if (TYPE_MODE (TREE_TYPE (type)) == SFmode && size == 8)
	ln_sbuf_printf (b, "x8");
      else if (TYPE_MODE (TREE_TYPE (type)) == DFmode && size == 16)
	ln_sbuf_printf (b, "x16");
      else
	ln_sbuf_printf (b, "!only _Complex float and _Complex double have "
			   "Go counterparts");
      return;
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      {
	tree to = TREE_TYPE (type);
	if (VOID_TYPE_P (to) || FUNC_OR_METHOD_TYPE_P (to)
	    || !COMPLETE_TYPE_P (to))
	  ln_sbuf_printf (b, "P");
	else
	  {
	    ln_sbuf_printf (b, "p");
	    put_enc (b, to);
	  }
	return;
      }
    case RECORD_TYPE:
    case UNION_TYPE:
      if (!COMPLETE_TYPE_P (type) || size < 0)
	ln_sbuf_printf (b, "!its size is not known");
      else
	ln_sbuf_printf (b, "s%u", record_id (type));
      return;
    case ARRAY_TYPE:
      {
	HOST_WIDE_INT elt = int_size_in_bytes (TREE_TYPE (type));
	if (size < 0 || elt <= 0)
	  ln_sbuf_printf (b, "!arrays of unknown length have no Go "
			     "counterpart");
	else
	  {
	    ln_sbuf_printf (b, "a%lld_", (long long) (size / elt));
	    put_enc (b, TREE_TYPE (type));
	  }
	return;
      }
    case VECTOR_TYPE:
      ln_sbuf_printf (b, "!vector types have no Go counterpart");
      return;
    default:
      ln_sbuf_printf (b, "!this type has no Go counterpart");
      return;
    }
}

/* The name a struct or union goes by: its tag, or the typedef that
   names an anonymous one.  */
static const char *
record_name (tree main)
{
  tree n = TYPE_NAME (main);
  if (n && TREE_CODE (n) == TYPE_DECL)
    n = DECL_NAME (n);
  if (n && TREE_CODE (n) == IDENTIFIER_NODE)
    return IDENTIFIER_POINTER (n);
  /* C: 'typedef struct { ... } pair_t;' names the struct nowhere but in
     the typedef, which is a variant of it.  */
  for (tree v = main; v; v = TYPE_NEXT_VARIANT (v))
    if (TYPE_NAME (v) && TREE_CODE (TYPE_NAME (v)) == TYPE_DECL
	&& DECL_NAME (TYPE_NAME (v)))
      return IDENTIFIER_POINTER (DECL_NAME (TYPE_NAME (v)));
  return "";
}

static void
put_record (struct ln_sbuf *b, unsigned id)
{
  tree type = records[id];
  ln_sbuf_printf (b, "type\t%u\t%s\t%c\t%lld\t%u\t", id, record_name (type),
		  TREE_CODE (type) == UNION_TYPE ? 'u' : 's',
		  (long long) int_size_in_bytes (type),
		  (unsigned) TYPE_ALIGN_UNIT (type));
  put_ctype (b, type);
  ln_sbuf_printf (b, "\n");
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL || !DECL_SIZE (f)
	  || integer_zerop (DECL_SIZE (f)))
	continue; /* a flexible or zero-length array */
      ln_sbuf_printf (b, "field\t%u\t%s\t%lld\t", id,
		      DECL_NAME (f) ? IDENTIFIER_POINTER (DECL_NAME (f)) : "",
		      (long long) (int_bit_position (f) / BITS_PER_UNIT));
      if (DECL_BIT_FIELD (f))
	ln_sbuf_printf (b, "!bit-fields have no Go counterpart");
      else
	put_enc (b, TREE_TYPE (f));
      ln_sbuf_printf (b, "\t");
      put_ctype (b, TREE_TYPE (f));
      ln_sbuf_printf (b, "\n");
    }
}

/* Where GCC passes the value (abi0.h's text form), as a last field.  */
static void
put_loc (struct ln_sbuf *b, const struct ln_place *loc)
{
  char text[128];
  ln_place_format (loc, text, sizeof text);
  ln_sbuf_printf (b, "\t%s", text);
}

static struct ln_signature loc_sig; /* large; one note at a time */
static struct ln_call_plan loc_plan;

static char *
note_text (tree fndecl, const char *symbol, const char *thunk,
	   const char *why)
{
  char loc_why[512];
  bool locs = thunk
	      && linkname_signature_locations (fndecl, &loc_sig, &loc_plan,
					       loc_why, sizeof loc_why);
  unsigned argno = 0;
  struct ln_sbuf b = LN_SBUF_INIT;
  tree fntype = TREE_TYPE (fndecl);
  /* "=": the thunk is SYMBOL.abi0, as it always is.  */
  size_t slen = strlen (symbol);
  bool usual = thunk && strncmp (thunk, symbol, slen) == 0
	       && strcmp (thunk + slen, LN_ABI0_SUFFIX) == 0;
  ln_sbuf_printf (&b, "func\t%s\t%s\t", symbol,
		  usual ? "=" : thunk ? thunk : "-");
  put_text (&b, thunk ? "" : why);
  ln_sbuf_printf (&b, "\n");
  tree parm = DECL_ARGUMENTS (fndecl);
  for (tree a = TYPE_ARG_TYPES (fntype); a && !VOID_TYPE_P (TREE_VALUE (a));
       a = TREE_CHAIN (a), parm = parm ? DECL_CHAIN (parm) : NULL_TREE)
    {
      if (parm && DECL_NAME (parm))
	ln_sbuf_printf (&b, "arg\t%s\t",
			IDENTIFIER_POINTER (DECL_NAME (parm)));
      else
	ln_sbuf_printf (&b, "arg\t\t");
      put_enc (&b, TREE_VALUE (a));
      ln_sbuf_printf (&b, "\t");
      put_ctype (&b, TREE_VALUE (a));
      if (locs && argno < loc_sig.nparams)
	put_loc (&b, &loc_sig.param_locs[argno]);
      argno++;
      ln_sbuf_printf (&b, "\n");
    }
  tree rtype = TREE_TYPE (fntype);
  if (!VOID_TYPE_P (rtype))
    {
      ln_sbuf_printf (&b, "res\t");
      put_enc (&b, rtype);
      ln_sbuf_printf (&b, "\t");
      put_ctype (&b, rtype);
      if (locs)
	put_loc (&b, &loc_sig.result_loc);
      ln_sbuf_printf (&b, "\n");
    }
  /* Fields may add records: the loop sees them too.  */
  for (; records_done < records.length (); records_done++)
    put_record (&records_text, records_done);
  return ln_sbuf_finish (&b);
}

/* TEXT as a GNU as string: printable ASCII but '"' and '\\' as is,
   everything else in octal.  */
static void
put_asm_string (struct ln_sbuf *b, const char *text)
{
  ln_sbuf_printf (b, "\t.ascii\t\"");
  for (const unsigned char *s = (const unsigned char *) text; *s; s++)
    {
      if (*s >= 0x20 && *s < 0x7f && *s != '"' && *s != '\\')
	ln_sbuf_printf (b, "%c", *s);
      else
	ln_sbuf_printf (b, "\\%03o", *s);
    }
  ln_sbuf_printf (b, "\\000\"\n");
}

/* The assembler text of a non-allocated ELF note.  */
static char *
note_asm (const char *section, const char *owner, int type, const char *text)
{
  size_t descsz = strlen (text) + 1;
  struct ln_sbuf b = LN_SBUF_INIT;
  ln_sbuf_printf (&b,
		  "\t.pushsection\t%s,\"\",@note\n"
		  "\t.balign\t4\n"
		  "\t.long\t%u\n\t.long\t%lu\n\t.long\t%d\n"
		  "\t.asciz\t\"%s\"\n\t.balign\t4\n",
		  section, (unsigned) strlen (owner) + 1,
		  (unsigned long) descsz, type, owner);
  put_asm_string (&b, text);
  ln_sbuf_printf (&b, "\t.balign\t4\n\t.popsection\n");
  char *s = ln_sbuf_finish (&b);
  if (!s)
    fatal_error (UNKNOWN_LOCATION, "linkname: out of memory");
  return s;
}

void
linkname_emit_note (const char *section, const char *owner, int type,
		    const char *text, location_t)
{
  char *s = note_asm (section, owner, type, text);
  symtab->finalize_toplevel_asm (build_string (strlen (s), s));
  free (s);
}

void
linkname_write_note (FILE *out, const char *section, const char *owner,
		     int type, const char *text)
{
  char *s = note_asm (section, owner, type, text);
  fputs (s, out);
  free (s);
}

char *
linkname_go_note_records (void)
{
  char *text = ln_sbuf_finish (&records_text);
  records_text = LN_SBUF_INIT;
  records.truncate (0);
  records_done = 0;
  return text;
}

void
linkname_emit_go_note (tree fndecl, const char *symbol, const char *thunk,
		       const char *why)
{
  /* Only where a binding can use it: thunks on (linkname/gonote.h).  */
  if (!linkname_target_has_abi0 () || linkname_options.abi0 == LN_ABI0_NO)
    return;
  char *text = note_text (fndecl, symbol, thunk, why);
  if (!text)
    fatal_error (DECL_SOURCE_LOCATION (fndecl), "linkname: out of memory");
  /* Written at the end of the unit, with the class (callclass.cc).  */
  linkname_callclass_add_note (symbol, text, DECL_SOURCE_LOCATION (fndecl));
}
