/* abi0.c - Go amd64 ABI0 frame layout and SysV psABI classification.

   ABI0 (Go's stack convention, doc/asm.html and abi-internal.md): on entry
   0(%rsp) is the return address and the arguments start at 8(%rsp), each
   at the next offset aligned to its alignment, in order, packed; the
   results start at the next 8-byte boundary after the arguments.

   SysV x86-64 psABI (section 3.2.3): a value of at most 16 bytes without
   unaligned fields is split into eightbytes, each INTEGER if any integer
   field overlaps it, else SSE; if its eightbytes do not all fit in the
   remaining registers (6 integer, 8 SSE) it goes on the stack whole.
   Larger values, and those with unaligned fields, go in memory.  */
#include "linkname/abi0.h"

static unsigned
align_up (unsigned x, unsigned a)
{
  return a ? (x + a - 1) / a * a : x;
}

void
ln_type_add_leaf (struct ln_type *t, enum ln_leaf_kind kind, unsigned offset,
		  unsigned size)
{
  if (size && offset % size)
    t->unaligned = 1;
  if (t->too_many_leaves)
    return;
  for (unsigned i = 0; i < t->nleaves; i++)
    if (t->leaves[i].kind == kind && t->leaves[i].offset == offset
	&& t->leaves[i].size == size)
      return;
  if (t->nleaves == LN_MAX_LEAVES)
    {
      if (t->size > 16)
	{
	  t->too_many_leaves = 1;
	  return;
	}
      /* Per eightbyte: INTEGER if any integer leaf, else SSE if any.  */
      int has_int[2] = { 0, 0 }, has_sse[2] = { 0, 0 };
      for (unsigned i = 0; i < t->nleaves; i++)
	{
	  unsigned e = t->leaves[i].offset >= 8;
	  if (t->leaves[i].kind == LN_LEAF_FLOAT)
	    has_sse[e] = 1;
	  else
	    has_int[e] = 1;
	}
      t->nleaves = 0;
      for (unsigned e = 0; e < 2; e++)
	if (has_int[e])
	  t->leaves[t->nleaves++] = (struct ln_leaf) { LN_LEAF_UINT, 8 * e, 1 };
	else if (has_sse[e])
	  t->leaves[t->nleaves++]
	    = (struct ln_leaf) { LN_LEAF_FLOAT, 8 * e, 4 };
    }
  t->leaves[t->nleaves++] = (struct ln_leaf) { kind, offset, size };
}

enum ln_where
ln_classify (const struct ln_type *t, struct ln_placed *p)
{
  p->neightbytes = 0;
  p->cls[0] = p->cls[1] = LN_CLASS_NONE;
  if (t->size == 0)
    return p->where = LN_NOWHERE;
  if (t->size > 16 || t->unaligned || t->too_many_leaves)
    return p->where = LN_IN_MEMORY;
  p->neightbytes = (t->size + 7) / 8;
  for (unsigned i = 0; i < t->nleaves; i++)
    {
      const struct ln_leaf *l = &t->leaves[i];
      /* A leaf never straddles an eightbyte when it is aligned.  */
      unsigned e = l->offset / 8;
      enum ln_class c
	= l->kind == LN_LEAF_FLOAT ? LN_CLASS_SSE : LN_CLASS_INTEGER;
      if (p->cls[e] != LN_CLASS_INTEGER)
	p->cls[e] = c;
    }
  /* Padding-only eightbytes (rare: a struct of a char and an aligned(16)
     member is excluded above by size) count as SSE per the merge rules;
     give them INTEGER so something loads them harmlessly.  */
  for (unsigned e = 0; e < p->neightbytes; e++)
    if (p->cls[e] == LN_CLASS_NONE)
      p->cls[e] = LN_CLASS_INTEGER;
  return p->where = LN_IN_REGS;
}

int
ln_plan_call (const struct ln_signature *sig, struct ln_call_plan *plan)
{
  unsigned next_int = 0, next_sse = 0, offset = 0, stack = 0;

  if (sig->nparams > LN_MAX_PARAMS)
    return -1;

  /* The result first: in memory, its hidden pointer takes %rdi.  */
  plan->hidden_result_pointer = 0;
  if (sig->has_result)
    {
      ln_classify (&sig->result, &plan->result);
      if (sig->result_in_memory)
	{
	  plan->result.where = LN_IN_MEMORY;
	  plan->result.neightbytes = 0;
	}
      if (plan->result.where == LN_IN_MEMORY)
	{
	  plan->hidden_result_pointer = 1;
	  next_int = 1;
	}
      else
	{
	  /* Results use %rax,%rdx and %xmm0,%xmm1 in eightbyte order.  */
	  unsigned ri = 0, rs = 0;
	  for (unsigned e = 0; e < plan->result.neightbytes; e++)
	    plan->result.reg[e]
	      = plan->result.cls[e] == LN_CLASS_SSE ? rs++ : ri++;
	}
    }
  else
    plan->result.where = LN_NOWHERE;

  for (unsigned i = 0; i < sig->nparams; i++)
    {
      const struct ln_type *t = &sig->params[i];
      struct ln_placed *p = &plan->params[i];
      offset = align_up (offset, t->align ? t->align : 1);
      p->abi0_offset = offset;
      offset += t->size;

      if (ln_classify (t, p) == LN_IN_REGS)
	{
	  unsigned need_int = 0, need_sse = 0;
	  for (unsigned e = 0; e < p->neightbytes; e++)
	    {
	      if (p->cls[e] == LN_CLASS_SSE)
		need_sse++;
	      else
		need_int++;
	    }
	  if (next_int + need_int <= 6 && next_sse + need_sse <= 8)
	    {
	      for (unsigned e = 0; e < p->neightbytes; e++)
		p->reg[e] = p->cls[e] == LN_CLASS_SSE ? next_sse++ : next_int++;
	      continue;
	    }
	  p->where = LN_IN_MEMORY; /* no room: the whole value on the stack */
	}
      if (p->where == LN_IN_MEMORY)
	{
	  /* Stack slots are eightbyte-aligned (no type here aligns more).  */
	  p->stack_offset = stack;
	  stack += align_up (t->size, 8);
	}
    }

  plan->result_offset = align_up (offset, 8);
  plan->frame_size = align_up (plan->result_offset
			       + (sig->has_result ? sig->result.size : 0), 8);
  plan->stack_bytes = stack;
  plan->int_regs = next_int;
  plan->sse_regs = next_sse;
  return 0;
}
