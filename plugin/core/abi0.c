/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* abi0.c - Go amd64 ABI0 frame layout, and the check of the locations
   the GCC layer gives.

   ABI0 (Go's stack convention, doc/asm.html and abi-internal.md): on entry
   0(%rsp) is the return address and the arguments start at 8(%rsp), each
   at the next offset aligned to its alignment, in order, packed; the
   results start at the next 8-byte boundary after the arguments.

   Where the SysV call puts each value is GCC's answer (ln_place), not
   ours: this file only checks that the answer is one the thunks can
   move.  */
#include "linkname/abi0.h"

static unsigned
align_up (unsigned x, unsigned a)
{
  return a ? (x + a - 1) / a * a : x;
}

/* Is LOC a place the thunks can move value T from or to?  RESULT: the
   result's place (memory allowed, stack not).  An argument is never in
   %rax, %r10 or %r11, the thunks' scratch registers (no SysV call that
   is not variadic uses them).  */
static int
place_ok (const struct ln_type *t, const struct ln_place *loc, int result)
{
  switch (loc->kind)
    {
    case LN_PLACE_NONE:
      return t->size == 0;
    case LN_PLACE_STACK:
      return !result && loc->stack_offset % 8 == 0
	     && loc->stack_size >= t->size && loc->stack_size % 8 == 0;
    case LN_PLACE_MEMORY:
      return result && loc->npieces == 1
	     && loc->pieces[0].reg > LN_REG_NONE
	     && loc->pieces[0].reg < LN_NREGS
	     && !ln_reg_is_sse (loc->pieces[0].reg);
    case LN_PLACE_REGS:
      if (loc->npieces == 0 || loc->npieces > LN_MAX_PIECES)
	return 0;
      for (unsigned i = 0; i < loc->npieces; i++)
	{
	  const struct ln_piece *p = &loc->pieces[i];
	  if (p->reg <= LN_REG_NONE || p->reg >= LN_NREGS || p->reg == LN_RSP
	      || p->reg == LN_RBP
	      || (!result && (p->reg == LN_RAX || p->reg == LN_R10
			      || p->reg == LN_R11))
	      || p->size == 0 || p->size > 8
	      || p->offset > t->size || p->size > t->size - p->offset)
	    return 0;
	  /* A scalar is one piece, all of it.  */
	  if (t->kind != LN_KIND_AGGREGATE
	      && (loc->npieces != 1 || p->offset != 0 || p->size != t->size))
	    return 0;
	  for (unsigned j = 0; j < i; j++)
	    if (loc->pieces[j].reg == p->reg)
	      return 0;
	}
      return 1;
    }
  return 0;
}

int
ln_plan_call (const struct ln_signature *sig, struct ln_call_plan *plan)
{
  unsigned offset = 0, stack = 0;

  if (sig->nparams > LN_MAX_PARAMS)
    return -1;
  for (unsigned i = 0; i < sig->nparams; i++)
    {
      const struct ln_type *t = &sig->params[i];
      const struct ln_place *loc = &sig->param_locs[i];
      if (!place_ok (t, loc, 0))
	return -1;
      offset = align_up (offset, t->align ? t->align : 1);
      plan->abi0_offset[i] = offset;
      offset += t->size;
      if (loc->kind == LN_PLACE_STACK
	  && loc->stack_offset + loc->stack_size > stack)
	stack = loc->stack_offset + loc->stack_size;
    }
  if (sig->has_result ? !place_ok (&sig->result, &sig->result_loc, 1)
		      : sig->result_loc.kind != LN_PLACE_NONE)
    return -1;
  plan->result_offset = align_up (offset, 8);
  plan->frame_size = align_up (plan->result_offset
			       + (sig->has_result ? sig->result.size : 0), 8);
  plan->stack_bytes = align_up (stack, 8);
  return 0;
}
