/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-abi0.c - Go ABI0 frame layout, and the check of the locations the
   GCC layer gives.  Expected values: Go's asmdecl layout rules
   (golang.org/x/tools asmdecl: each argument at its alignment, results at
   the next 8-byte boundary); locations as GCC 12 gives them.  */
#include "unit.h"
#include "linkname/abi0.h"

static struct ln_type
scalar (enum ln_kind kind, unsigned size)
{
  return (struct ln_type) { size, size, kind };
}

static struct ln_type
record (unsigned size, unsigned align)
{
  return (struct ln_type) { size, align, LN_KIND_AGGREGATE };
}

static struct ln_signature sig;
static struct ln_call_plan plan;

/* Parameter I is T at LOC (text form).  */
static void
param (unsigned i, struct ln_type t, const char *loc)
{
  sig.params[i] = t;
  CHECK (ln_place_parse (loc, &sig.param_locs[i]) == 0);
  if (sig.nparams <= i)
    sig.nparams = i + 1;
}

static void
result (struct ln_type t, const char *loc)
{
  sig.has_result = 1;
  sig.result = t;
  CHECK (ln_place_parse (loc, &sig.result_loc) == 0);
}

void
test_abi0 (void)
{
  /* Go's worked example: f(a uint8, b uint16, c float32, d float64)
     (r1 bool) puts a@0 b@2 c@4 d@8; results from 16.  */
  memset (&sig, 0, sizeof sig);
  param (0, scalar (LN_KIND_UINT, 1), "di@0:1");
  param (1, scalar (LN_KIND_UINT, 2), "si@0:2");
  param (2, scalar (LN_KIND_FLOAT, 4), "xmm0@0:4");
  param (3, scalar (LN_KIND_FLOAT, 8), "xmm1@0:8");
  result (scalar (LN_KIND_UINT, 1), "ax@0:1");
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.abi0_offset[0] == 0 && plan.abi0_offset[1] == 2);
  CHECK (plan.abi0_offset[2] == 4 && plan.abi0_offset[3] == 8);
  CHECK (plan.result_offset == 16 && plan.frame_size == 24);
  CHECK (plan.stack_bytes == 0);

  /* Five longs, a struct on the stack at 0, an int in %r9, a struct on
     the stack at 16: the area ends at 24.  */
  memset (&sig, 0, sizeof sig);
  const char *ints[] = { "di", "si", "dx", "cx", "r8" };
  char loc[16];
  for (int i = 0; i < 5; i++)
    {
      snprintf (loc, sizeof loc, "%s@0:8", ints[i]);
      param (i, scalar (LN_KIND_SINT, 8), loc);
    }
  param (5, record (16, 8), "s0+16");
  param (6, scalar (LN_KIND_SINT, 4), "r9@0:4");
  param (7, record (3, 1), "s16+8");
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.stack_bytes == 24);
  CHECK (plan.abi0_offset[6] == 56 && plan.abi0_offset[7] == 60);
  CHECK (plan.result_offset == 64 && plan.frame_size == 64);

  /* A result in memory through %rdi.  */
  memset (&sig, 0, sizeof sig);
  param (0, scalar (LN_KIND_SINT, 8), "si@0:8");
  result (record (24, 8), "m:di");
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.result_offset == 8 && plan.frame_size == 32);

  /* Pieces as GCC gives them: struct { float f, g, h; char d[0]; } in
     two general registers (GCC 11 and 12), a 12-byte float struct in
     two SSE registers, an empty struct nowhere.  */
  memset (&sig, 0, sizeof sig);
  param (0, record (12, 4), "di@0:8,si@8:4");
  param (1, record (12, 4), "xmm0@0:8,xmm1@8:4");
  param (2, record (0, 1), "-");
  result (record (12, 4), "ax@0:8,dx@8:4");
  CHECK (ln_plan_call (&sig, &plan) == 0);
  CHECK (plan.abi0_offset[1] == 12 && plan.abi0_offset[2] == 24);
  CHECK (plan.result_offset == 24 && plan.frame_size == 40);

  /* What the thunks cannot move is refused: a piece past the value, a
     scalar in pieces, a scratch register, a register twice, a result on
     the stack, an argument "in memory", a misaligned or short stack
     slot, something where nothing should be.  */
  static const struct
  {
    struct ln_type t;
    const char *loc;
  } bad[] = {
    { { 12, 4, LN_KIND_AGGREGATE }, "di@0:8,si@8:8" },
    { { 8, 8, LN_KIND_SINT }, "di@0:4,si@4:4" },
    { { 8, 8, LN_KIND_SINT }, "di@0:4" },
    { { 8, 8, LN_KIND_SINT }, "r11@0:8" },
    { { 8, 8, LN_KIND_SINT }, "r10@0:8" },
    { { 8, 8, LN_KIND_SINT }, "ax@0:8" },
    { { 8, 8, LN_KIND_SINT }, "sp@0:8" },
    { { 16, 8, LN_KIND_AGGREGATE }, "di@0:8,di@8:8" },
    { { 8, 8, LN_KIND_SINT }, "m:di" },
    { { 8, 8, LN_KIND_SINT }, "s4+8" },
    { { 16, 8, LN_KIND_AGGREGATE }, "s0+8" },
    { { 8, 8, LN_KIND_SINT }, "-" },
  };
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      memset (&sig, 0, sizeof sig);
      param (0, bad[i].t, bad[i].loc);
      CHECK (ln_plan_call (&sig, &plan) == -1);
    }
  memset (&sig, 0, sizeof sig);
  result (scalar (LN_KIND_SINT, 8), "s0+8");
  CHECK (ln_plan_call (&sig, &plan) == -1);
  sig.result_loc.kind = LN_PLACE_MEMORY;
  sig.result_loc.pieces[0].reg = LN_XMM0;
  CHECK (ln_plan_call (&sig, &plan) == -1);
  /* The result may be in %rax.  */
  result (scalar (LN_KIND_SINT, 8), "ax@0:8");
  CHECK (ln_plan_call (&sig, &plan) == 0);
  /* No result, yet a place for it.  */
  sig.has_result = 0;
  CHECK (ln_plan_call (&sig, &plan) == -1);
}
