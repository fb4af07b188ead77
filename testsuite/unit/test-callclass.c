/* test-callclass.c - the call classes from a unit's facts: the libc
   list, the bound arithmetic, recursion, overrides.
   SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
#include "unit.h"
#include "linkname/callclass.h"

static struct ln_cc_result r;

static void
classify (struct ln_cc_graph *g, const char *name)
{
  ln_cc_classify (g, name, NULL, &r);
}

void
test_callclass (void)
{
  CHECK (ln_cc_libc ("memcpy") == LN_CC_LIBC_BOUNDED);
  CHECK (ln_cc_libc ("strlen") == LN_CC_LIBC_BOUNDED);
  CHECK (ln_cc_libc ("sin") == LN_CC_LIBC_UNBOUNDED);
  CHECK (ln_cc_libc ("read") == LN_CC_LIBC_NO);
  CHECK (ln_cc_libc ("printf") == LN_CC_LIBC_NO);
  CHECK (ln_cc_libc ("qsort") == LN_CC_LIBC_NO);
  CHECK (ln_cc_libc ("malloc") == LN_CC_LIBC_NO);
  CHECK_STR (ln_call_kind_name (LN_CALL_BOUNDED), "bounded");
  CHECK (ln_call_kind_parse ("leaf") == LN_CALL_LEAF);
  CHECK (ln_call_kind_parse ("block") == LN_CALL_BLOCK);
  CHECK (ln_call_kind_parse ("fast") == -1);

  struct ln_cc_graph *g = ln_cc_new ();
  /* A leaf: its frame and the red zone.  */
  ln_cc_add_func (g, "leaf", 24);
  classify (g, "leaf");
  CHECK (r.kind == LN_CALL_BOUNDED);
  CHECK (r.bound == 24 + LN_CC_RED_ZONE);
  CHECK_STR (r.why, "no calls");
  /* The deepest chain: frames add up, the larger callee counts.  */
  ln_cc_add_func (g, "mid", 100);
  ln_cc_add_call (g, "mid", "leaf");
  ln_cc_add_func (g, "small", 16);
  ln_cc_add_func (g, "top", 1000);
  ln_cc_add_call (g, "top", "small");
  ln_cc_add_call (g, "top", "mid");
  classify (g, "top");
  CHECK (r.kind == LN_CALL_BOUNDED);
  CHECK (r.bound == 1000 + 100 + 24 + LN_CC_RED_ZONE);
  CHECK_STR (r.why, "via mid -> leaf");
  /* A listed libc call adds its margin at the end of a chain.  */
  ln_cc_add_func (g, "copy", 40);
  ln_cc_add_call (g, "copy", "memcpy");
  classify (g, "copy");
  CHECK (r.kind == LN_CALL_BOUNDED);
  CHECK (r.bound == 40 + LN_CC_LIBC_MARGIN + LN_CC_RED_ZONE);
  /* A call outside the unit, not on the list: block, named, even two
     levels down.  */
  ln_cc_add_func (g, "rd", 32);
  ln_cc_add_call (g, "rd", "read");
  ln_cc_add_func (g, "user", 32);
  ln_cc_add_call (g, "user", "rd");
  classify (g, "user");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.why, "calls read, which may block or call back (in rd)");
  CHECK_STR (r.blocker, r.why);
  /* Through a pointer.  */
  ln_cc_add_func (g, "ptr", 16);
  ln_cc_add_call (g, "ptr", NULL);
  classify (g, "ptr");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.why, "a call through a pointer");
  /* Recursion, direct and mutual, and a caller of it.  */
  ln_cc_add_func (g, "self", 16);
  ln_cc_add_call (g, "self", "self");
  classify (g, "self");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.why, "recursion through self");
  CHECK_STR (r.blocker, "");
  ln_cc_add_func (g, "even", 16);
  ln_cc_add_func (g, "odd", 16);
  ln_cc_add_call (g, "even", "odd");
  ln_cc_add_call (g, "odd", "even");
  ln_cc_add_func (g, "parity", 16);
  ln_cc_add_call (g, "parity", "even");
  classify (g, "parity");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK (strstr (r.why, "recursion through even") != NULL);
  classify (g, "odd");
  CHECK (r.kind == LN_CALL_BLOCK);
  /* alloca, VLA, inline asm.  */
  ln_cc_add_func (g, "vla", 16);
  ln_cc_add_dynamic (g, "vla", "a variable-length array 'b'");
  classify (g, "vla");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.why, "a variable-length array 'b'");
  ln_cc_add_func (g, "asm", 16);
  ln_cc_add_blocker (g, "asm", "inline asm");
  classify (g, "asm");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.why, "inline asm");
  /* libm: leaf.  An unknown frame: leaf.  */
  ln_cc_add_func (g, "wave", 16);
  ln_cc_add_call (g, "wave", "sin");
  classify (g, "wave");
  CHECK (r.kind == LN_CALL_LEAF && r.bound == 0);
  CHECK_STR (r.why, "calls sin, whose stack use is not known");
  ln_cc_add_func (g, "nofr", -1);
  classify (g, "nofr");
  CHECK (r.kind == LN_CALL_LEAF);
  /* Not compiled here.  */
  classify (g, "absent");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.why, "its body was not compiled here");
  ln_cc_classify (g, "absent", "slim", &r);
  CHECK_STR (r.why, "slim");
  /* Overrides.  */
  ln_cc_add_func (g, "claims", 16);
  ln_cc_add_call (g, "claims", "read");
  ln_cc_set_override (g, "claims", LN_CALL_LEAF);
  classify (g, "claims");
  CHECK (r.kind == LN_CALL_LEAF);
  CHECK_STR (r.why, "marked leaf; calls read, which may block or call back");
  CHECK_STR (r.blocker, "calls read, which may block or call back");
  ln_cc_add_func (g, "claims2", 8);
  ln_cc_add_call (g, "claims2", "self");
  ln_cc_set_override (g, "claims2", LN_CALL_LEAF);
  classify (g, "claims2");
  CHECK (r.kind == LN_CALL_LEAF);
  CHECK_STR (r.blocker, "");
  ln_cc_add_func (g, "okleaf", 8);
  ln_cc_set_override (g, "okleaf", LN_CALL_LEAF);
  classify (g, "okleaf");
  CHECK (r.kind == LN_CALL_BOUNDED && r.bound == 8 + LN_CC_RED_ZONE);
  ln_cc_add_func (g, "blk", 8);
  ln_cc_set_override (g, "blk", LN_CALL_BLOCK);
  classify (g, "blk");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.why, "marked block");
  /* A caller of a function marked block blocks; of one marked leaf is
     a leaf; an extern marked leaf is a leaf.  */
  ln_cc_add_func (g, "callsblk", 8);
  ln_cc_add_call (g, "callsblk", "blk");
  classify (g, "callsblk");
  CHECK (r.kind == LN_CALL_BLOCK);
  ln_cc_add_func (g, "callsclaims", 8);
  ln_cc_add_call (g, "callsclaims", "claims");
  classify (g, "callsclaims");
  CHECK (r.kind == LN_CALL_LEAF);
  ln_cc_set_override (g, "ext_fast", LN_CALL_LEAF);
  ln_cc_add_func (g, "usesext", 8);
  ln_cc_add_call (g, "usesext", "ext_fast");
  classify (g, "usesext");
  CHECK (r.kind == LN_CALL_LEAF);
  CHECK_STR (r.why, "calls ext_fast, marked leaf");
  /* No tab or newline in a reason.  */
  ln_cc_add_func (g, "tabby", 8);
  ln_cc_add_blocker (g, "tabby", "a\tb\nc");
  classify (g, "tabby");
  CHECK_STR (r.why, "a b c");
  /* Faults: a function's own, a callee's (named), any call to a
     function not compiled here, recursion; none for arithmetic.  */
  ln_cc_add_func (g, "pure", 8);
  classify (g, "pure");
  CHECK (r.kind == LN_CALL_BOUNDED);
  CHECK_STR (r.fault, "");
  ln_cc_add_func (g, "purecaller", 8);
  ln_cc_add_call (g, "purecaller", "pure");
  classify (g, "purecaller");
  CHECK_STR (r.fault, "");
  ln_cc_add_func (g, "deref", 8);
  ln_cc_add_fault (g, "deref", "a load or store that may fault (line 3)");
  ln_cc_add_fault (g, "deref", "a division that may trap (line 4)");
  classify (g, "deref");
  CHECK (r.kind == LN_CALL_BOUNDED);
  CHECK_STR (r.fault, "a load or store that may fault (line 3)");
  ln_cc_add_func (g, "usesderef", 8);
  ln_cc_add_call (g, "usesderef", "pure");
  ln_cc_add_call (g, "usesderef", "deref");
  classify (g, "usesderef");
  CHECK (r.kind == LN_CALL_BOUNDED);
  CHECK_STR (r.fault, "a load or store that may fault (line 3) (in deref)");
  classify (g, "copy");
  CHECK (r.kind == LN_CALL_BOUNDED);
  CHECK_STR (r.fault, "calls memcpy");
  ln_cc_set_override (g, "ext_quiet", LN_CALL_LEAF);
  ln_cc_add_func (g, "usesext2", 8);
  ln_cc_add_call (g, "usesext2", "ext_quiet");
  classify (g, "usesext2");
  CHECK (r.kind == LN_CALL_LEAF);
  CHECK_STR (r.fault, "");
  /* Only a bounded result says why it may fault.  */
  classify (g, "user");
  CHECK (r.kind == LN_CALL_BLOCK);
  CHECK_STR (r.fault, "");
  ln_cc_free (g);
}
