/* abi0.h - Go's amd64 ABI0 frame layout and the SysV x86-64 psABI
   classification of a C signature: what an ABI0 entry thunk needs to move
   arguments from Go's stack frame into SysV registers and back.

   The GCC layer describes each parameter and the result as plain data (a
   size, an alignment and its scalar leaves); everything else is decided
   here, without GCC.  */
#ifndef LINKNAME_ABI0_H
#define LINKNAME_ABI0_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A scalar inside a parameter: at OFFSET, SIZE bytes.  */
enum ln_leaf_kind
{
  LN_LEAF_SINT,	 /* signed integer or enum */
  LN_LEAF_UINT,	 /* unsigned integer, _Bool, pointer */
  LN_LEAF_FLOAT, /* float (4) or double (8) */
};

struct ln_leaf
{
  enum ln_leaf_kind kind;
  unsigned offset, size;
};

#define LN_MAX_LEAVES 64

/* A parameter or result type.  A scalar has one leaf at offset 0.  */
struct ln_type
{
  unsigned size, align;
  int aggregate;  /* struct, union or complex: passed by its eightbytes */
  int unaligned;  /* a leaf not at its natural alignment (packed) */
  unsigned nleaves;
  struct ln_leaf leaves[LN_MAX_LEAVES];
  int too_many_leaves; /* more than LN_MAX_LEAVES in more than 16 bytes:
			  only fine in memory */
};

/* Add a scalar leaf to T, whose size is already set.  Identical leaves
   are kept once (a union of many like members).  When the array is full,
   an aggregate of at most 16 bytes keeps one leaf per eightbyte with the
   class it has so far, which is all its classification needs (bit-fields,
   wide unions); a bigger one goes by memory anyway.  */
void ln_type_add_leaf (struct ln_type *t, enum ln_leaf_kind kind,
		       unsigned offset, unsigned size);

/* SysV classes of one eightbyte.  */
enum ln_class
{
  LN_CLASS_NONE,
  LN_CLASS_INTEGER,
  LN_CLASS_SSE
};

/* Where a value travels in the SysV call.  */
enum ln_where
{
  LN_IN_REGS,	/* eightbytes in registers (REG[]) */
  LN_IN_MEMORY, /* on the stack (args) / through the hidden pointer (result) */
  LN_NOWHERE	/* empty aggregate or void */
};

struct ln_placed
{
  enum ln_where where;
  unsigned neightbytes;
  enum ln_class cls[2];
  unsigned reg[2];	/* per eightbyte: index into the int or SSE sequence */
  unsigned abi0_offset; /* offset in Go's frame, from the first argument */
  unsigned stack_offset; /* args in memory: offset in the outgoing area */
};

#define LN_MAX_PARAMS 128

struct ln_signature
{
  unsigned nparams;
  struct ln_type params[LN_MAX_PARAMS];
  int has_result;
  struct ln_type result;
  int result_in_memory; /* GCC returns it through a hidden pointer even
			   where the psABI classification says registers
			   (-fpcc-struct-return) */
};

struct ln_call_plan
{
  struct ln_placed params[LN_MAX_PARAMS];
  struct ln_placed result;
  int hidden_result_pointer; /* result in memory: %rdi points at its slot */
  unsigned result_offset;    /* Go frame offset of the result */
  unsigned frame_size;	     /* Go argument+result area, 8-aligned */
  unsigned stack_bytes;	     /* outgoing SysV stack arguments, 8-aligned */
  unsigned int_regs, sse_regs; /* registers used */
};

/* Classify SIG per the psABI and lay out its Go ABI0 frame.  0 on
   success.  */
int ln_plan_call (const struct ln_signature *sig, struct ln_call_plan *plan);

/* The psABI classification of one aggregate or scalar: fills
   neightbytes/cls, or returns LN_IN_MEMORY.  */
enum ln_where ln_classify (const struct ln_type *t, struct ln_placed *p);

#ifdef __cplusplus
}
#endif

#endif
