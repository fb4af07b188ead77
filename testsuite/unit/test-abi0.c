/* test-abi0.c - Go ABI0 frame layout and SysV psABI classification.
   Expected values: the psABI's own examples (section 3.2.3) and Go's
   asmdecl layout rules (golang.org/x/tools asmdecl: each argument at its
   alignment, results at the next 8-byte boundary).  */
#include "unit.h"
#include "linkname/abi0.h"

static struct ln_type
scalar (enum ln_leaf_kind kind, unsigned size)
{
  struct ln_type t;
  memset (&t, 0, sizeof t);
  t.size = t.align = size;
  t.nleaves = 1;
  t.leaves[0] = (struct ln_leaf) { kind, 0, size };
  return t;
}

/* A struct from (kind, offset, size) leaves.  */
static struct ln_type
record (unsigned size, unsigned align, unsigned n, const struct ln_leaf *l)
{
  struct ln_type t;
  memset (&t, 0, sizeof t);
  t.size = size;
  t.align = align;
  t.aggregate = 1;
  t.nleaves = n;
  if (n) /* L may be NULL then: memcpy from NULL is undefined (UBSan) */
    memcpy (t.leaves, l, n * sizeof *l);
  return t;
}

static struct ln_signature sig;
static struct ln_call_plan plan;

void
test_abi0 (void)
{
  /* Go's worked example: f(a uint8, b uint16, c float32, d float64)
     (r1 bool, r2 float32) puts a@0 b@2 c@4 d@8; results from 16.  */
  memset (&sig, 0, sizeof sig);
  sig.nparams = 4;
  sig.params[0] = scalar (LN_LEAF_UINT, 1);
  sig.params[1] = scalar (LN_LEAF_UINT, 2);
  sig.params[2] = scalar (LN_LEAF_FLOAT, 4);
  sig.params[3] = scalar (LN_LEAF_FLOAT, 8);
  sig.has_result = 1;
  sig.result = scalar (LN_LEAF_UINT, 1);
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.params[0].abi0_offset == 0 && plan.params[1].abi0_offset == 2);
  CHECK (plan.params[2].abi0_offset == 4 && plan.params[3].abi0_offset == 8);
  CHECK (plan.result_offset == 16 && plan.frame_size == 24);
  CHECK (plan.params[0].reg[0] == 0 && plan.params[1].reg[0] == 1);
  CHECK (plan.params[2].cls[0] == LN_CLASS_SSE && plan.params[2].reg[0] == 0);
  CHECK (plan.params[3].reg[0] == 1 && plan.int_regs == 2 && plan.sse_regs == 2);
  CHECK (plan.result.where == LN_IN_REGS && plan.result.reg[0] == 0);

  /* struct { double d; int i; }: SSE then INTEGER.  */
  struct ln_leaf di[] = { { LN_LEAF_FLOAT, 0, 8 }, { LN_LEAF_SINT, 8, 4 } };
  struct ln_type t = record (16, 8, 2, di);
  struct ln_placed p;
  CHECK (ln_classify (&t, &p) == LN_IN_REGS);
  CHECK (p.neightbytes == 2 && p.cls[0] == LN_CLASS_SSE
	 && p.cls[1] == LN_CLASS_INTEGER);
  /* struct { int i; float f; }: one INTEGER eightbyte (merged).  */
  struct ln_leaf iff[] = { { LN_LEAF_SINT, 0, 4 }, { LN_LEAF_FLOAT, 4, 4 } };
  t = record (8, 4, 2, iff);
  CHECK (ln_classify (&t, &p) == LN_IN_REGS && p.cls[0] == LN_CLASS_INTEGER);
  /* Over 16 bytes, or unaligned: memory.  Empty: nowhere.  */
  t = record (24, 8, 0, NULL);
  CHECK (ln_classify (&t, &p) == LN_IN_MEMORY);
  t = record (5, 1, 1, iff);
  t.unaligned = 1;
  CHECK (ln_classify (&t, &p) == LN_IN_MEMORY);
  t = record (0, 1, 0, NULL);
  CHECK (ln_classify (&t, &p) == LN_NOWHERE);

  /* Five longs, then a two-register struct that no longer fits (stack),
     then an int that still takes the sixth register.  */
  memset (&sig, 0, sizeof sig);
  sig.nparams = 7;
  for (int i = 0; i < 5; i++)
    sig.params[i] = scalar (LN_LEAF_SINT, 8);
  struct ln_leaf l2[] = { { LN_LEAF_SINT, 0, 8 }, { LN_LEAF_SINT, 8, 8 } };
  sig.params[5] = record (16, 8, 2, l2);
  sig.params[6] = scalar (LN_LEAF_SINT, 4);
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.params[5].where == LN_IN_MEMORY
	 && plan.params[5].stack_offset == 0);
  CHECK (plan.params[6].where == LN_IN_REGS && plan.params[6].reg[0] == 5);
  CHECK (plan.stack_bytes == 16);
  CHECK (plan.params[6].abi0_offset == 56 && plan.result_offset == 64);

  /* A result in memory takes %rdi: the first argument moves to %rsi.  */
  memset (&sig, 0, sizeof sig);
  sig.nparams = 1;
  sig.params[0] = scalar (LN_LEAF_SINT, 8);
  sig.has_result = 1;
  sig.result = record (24, 8, 0, NULL);
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.hidden_result_pointer && plan.params[0].reg[0] == 1);
  CHECK (plan.result_offset == 8 && plan.frame_size == 32);

  /* Nine doubles: the ninth goes on the stack.  */
  memset (&sig, 0, sizeof sig);
  sig.nparams = 9;
  for (int i = 0; i < 9; i++)
    sig.params[i] = scalar (LN_LEAF_FLOAT, 8);
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.params[7].where == LN_IN_REGS && plan.params[7].reg[0] == 7);
  CHECK (plan.params[8].where == LN_IN_MEMORY && plan.stack_bytes == 8);

  /* -fpcc-struct-return: GCC says the 8-byte struct result goes through
     the hidden pointer, which the psABI would return in %rax.  */
  struct ln_leaf l1[] = { { LN_LEAF_SINT, 0, 8 } };
  memset (&sig, 0, sizeof sig);
  sig.nparams = 1;
  sig.params[0] = scalar (LN_LEAF_SINT, 8);
  sig.has_result = 1;
  sig.result = record (8, 8, 1, l1);
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.result.where == LN_IN_REGS && !plan.hidden_result_pointer);
  sig.result_in_memory = 1;
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.result.where == LN_IN_MEMORY && plan.hidden_result_pointer);
  CHECK (plan.params[0].reg[0] == 1 && plan.int_regs == 2);

  /* Leaves: identical ones once; past LN_MAX_LEAVES, an aggregate of at
     most 16 bytes keeps its eightbytes' classes.  72 one-bit bit-fields
     (bytes 0-8) and a union of 65 doubles stay in registers.  */
  memset (&t, 0, sizeof t);
  t.size = 12;
  t.align = 4;
  t.aggregate = 1;
  for (unsigned bit = 0; bit < 72; bit++)
    ln_type_add_leaf (&t, LN_LEAF_UINT, bit / 8, 1);
  CHECK (t.nleaves == 9 && !t.too_many_leaves);
  CHECK (ln_classify (&t, &p) == LN_IN_REGS && p.neightbytes == 2);
  CHECK (p.cls[0] == LN_CLASS_INTEGER && p.cls[1] == LN_CLASS_INTEGER);
  memset (&t, 0, sizeof t);
  t.size = t.align = 8;
  t.aggregate = 1;
  for (unsigned m = 0; m < 65; m++)
    ln_type_add_leaf (&t, LN_LEAF_FLOAT, 0, 8);
  CHECK (t.nleaves == 1);
  CHECK (ln_classify (&t, &p) == LN_IN_REGS && p.cls[0] == LN_CLASS_SSE);
  /* 16 bytes with every distinct aligned leaf there is (66: a union of
     many structs): compacted past 64, still INTEGER, INTEGER.  */
  memset (&t, 0, sizeof t);
  t.size = 16;
  t.align = 8;
  t.aggregate = 1;
  for (unsigned size = 8; size >= 1; size /= 2)
    for (unsigned off = 0; off < 16; off += size)
      {
	if (size >= 4)
	  ln_type_add_leaf (&t, LN_LEAF_FLOAT, off, size);
	ln_type_add_leaf (&t, LN_LEAF_UINT, off, size);
	ln_type_add_leaf (&t, LN_LEAF_SINT, off, size);
      }
  CHECK (!t.too_many_leaves && !t.unaligned && t.nleaves < LN_MAX_LEAVES);
  CHECK (ln_classify (&t, &p) == LN_IN_REGS);
  CHECK (p.cls[0] == LN_CLASS_INTEGER && p.cls[1] == LN_CLASS_INTEGER);
  /* Bigger than 16 bytes: memory anyway.  */
  memset (&t, 0, sizeof t);
  t.size = 80;
  t.align = 1;
  t.aggregate = 1;
  for (unsigned m = 0; m < 80; m++)
    ln_type_add_leaf (&t, LN_LEAF_UINT, m, 1);
  CHECK (t.too_many_leaves && ln_classify (&t, &p) == LN_IN_MEMORY);
}
