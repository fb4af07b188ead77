/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* target/x86.cc - ABI0 thunks exist for x86-64 (LP64) only: Go's amd64
   ABI0.  Built into plugins for the i386 back end (x86_64 and i686
   compilers); -m32 and -mx32 get none.  */
#include "../linkname.h"

bool
linkname_target_has_abi0 (void)
{
  return TARGET_64BIT && TARGET_LP64;
}

bool
linkname_target_asm_intel (void)
{
  return ix86_asm_dialect == ASM_INTEL;
}

/* x86-64's baseline, GOAMD64=v1 (-march=x86-64): what every CPU that
   runs Go has.  The instructions of any other ISA flag GCC has on for
   the function (-march, -mavx2, target ("popcnt")) are illegal on some
   of them: the illegal instruction is a SIGILL.  */
const char *
linkname_target_isa_fault (void)
{
  HOST_WIDE_INT base = OPTION_MASK_ISA_64BIT | OPTION_MASK_ABI_64
		       | OPTION_MASK_ISA_MMX | OPTION_MASK_ISA_SSE
		       | OPTION_MASK_ISA_SSE2 | OPTION_MASK_ISA_FXSR;
  if ((ix86_isa_flags & ~base) || ix86_isa_flags2)
    return "it may use instructions beyond x86-64's baseline (-march, "
	   "-m options, the target attribute): illegal on an older CPU";
  return NULL;
}

const char *
linkname_target_convention (tree fndecl)
{
  tree fntype = TREE_TYPE (fndecl);
  /* -mabi=ms, or ms_abi without sysv_abi: GCC's own answer.  */
  if (ix86_function_type_abi (fntype) == MS_ABI)
    return "it uses the Microsoft x64 calling convention (ms_abi or "
	   "-mabi=ms); the thunk calls with the SysV psABI's";
  if (lookup_attribute ("interrupt", TYPE_ATTRIBUTES (fntype)))
    return "it is an interrupt handler, which cannot be called";
  return NULL;
}

/* The value of FNDECL's attribute NAME ("keep", "thunk", ...), as in
   function_return ("thunk-extern") or zero_call_used_regs ("used-gpr"),
   or NULL.  */
static const char *
branch_attribute (tree fndecl, const char *name)
{
  tree attr = lookup_attribute (name, DECL_ATTRIBUTES (fndecl));
  if (!attr || !TREE_VALUE (attr))
    return NULL;
  tree cst = TREE_VALUE (TREE_VALUE (attr));
  return TREE_CODE (cst) == STRING_CST ? TREE_STRING_POINTER (cst) : NULL;
}

/* GCC's indirect_branch value for FNDECL: its attribute NAME, else
   GLOBAL, the command line's (ix86_set_indirect_branch_type).  */
static enum indirect_branch
branch_type (tree fndecl, const char *name, enum indirect_branch global)
{
  const char *v = fndecl ? branch_attribute (fndecl, name) : NULL;
  if (!v)
    return global;
  if (!strcmp (v, "keep"))
    return indirect_branch_keep;
  if (!strcmp (v, "thunk-inline"))
    return indirect_branch_thunk_inline;
  if (!strcmp (v, "thunk-extern"))
    return indirect_branch_thunk_extern;
  return indirect_branch_thunk;
}

/* What the thunk does for GCC's V: keep; GCC's external thunk; an
   inline retpoline for thunk-inline, and for thunk, whose shared body
   GCC emits only for its own functions.  */
static enum ln_thunk_return
thunk_kind (enum indirect_branch v)
{
  switch (v)
    {
    case indirect_branch_thunk_extern:
      return LN_RET_THUNK_EXTERN;
    case indirect_branch_thunk:
    case indirect_branch_thunk_inline:
      return LN_RET_THUNK_INLINE;
    default:
      return LN_RET_PLAIN;
    }
}

void
linkname_target_thunk_options (tree fndecl, tree callee,
			       struct ln_thunk_options *opts)
{
  /* How GCC would return from FNDECL (the C function the thunk enters;
     NULL for a SysV thunk, which has no C definition): its
     function_return attribute, else -mfunction-return=.  */
  opts->ret = thunk_kind (branch_type (fndecl, "function_return",
				       (enum indirect_branch)
				       ix86_function_return));
  opts->sls_int3 = (ix86_harden_sls & harden_sls_return) != 0;

  /* -fzero-call-used-regs=, or FNDECL's zero_call_used_regs attribute
     (pass_zero_call_used_regs).  */
  unsigned zero = flag_zero_call_used_regs;
  if (const char *v = fndecl ? branch_attribute (fndecl, "zero_call_used_regs")
			     : NULL)
    zero = !strcmp (v, "skip") ? zero_regs_flags::SKIP
	   : zero_regs_flags::ENABLED
	     | (strstr (v, "gpr") ? zero_regs_flags::ONLY_GPR : 0u);
  bool zeroing = (zero & zero_regs_flags::ENABLED)
		 && !(zero & zero_regs_flags::SKIP);
  opts->zero_gprs = zeroing;
  /* No SSE registers to zero under -mno-sse or -mgeneral-regs-only, as
     GCC's zeroing leaves them alone.  */
  opts->zero_sse = zeroing && !(zero & zero_regs_flags::ONLY_GPR)
		   && TARGET_SSE;

  /* The general registers a SysV caller expects kept: GCC's own
     call-used and fixed tables, so that -fcall-saved-REG and -ffixed-REG
     count (a ..sysv thunk saves them around the ABI0 callee).  */
  opts->saved = 0;
  for (unsigned r = 0; r < FIRST_PSEUDO_REGISTER; r++)
    if (GENERAL_REGNO_P (r)
	&& (fixed_regs[r] || !linkname_call_used_reg_p (r)))
      {
	enum ln_reg our = ln_reg_by_name (reg_names[r]);
	if (our != LN_REG_NONE)
	  opts->saved |= 1ul << our;
      }

  /* How GCC would call CALLEE from here.  */
  if (ix86_cmodel == CM_LARGE_PIC)
    opts->call = LN_CALL_PLTOFF;
  else if (ix86_cmodel == CM_LARGE)
    opts->call = LN_CALL_ABSOLUTE;
  else if (flag_force_indirect_call)
    opts->call = flag_pic ? LN_CALL_GOTPCREL : LN_CALL_ABSOLUTE;
  else
    opts->call = LN_CALL_DIRECT;
  /* -mindirect-branch=, or FNDECL's indirect_branch attribute.  */
  opts->call_retpoline
    = thunk_kind (branch_type (fndecl, "indirect_branch",
			       (enum indirect_branch) ix86_indirect_branch));
  /* An indirect call must land on an endbr64 under
     -fcf-protection=branch; CALLEE has none when its type is nocf_check,
     or under -mmanual-endbr without cf_check
     (rest_of_insert_endbr_and_patchable_area), and ABI0 assembly
     (CALLEE NULL) never has one.  */
  opts->call_notrack
    = (flag_cf_protection & CF_BRANCH)
      && (!callee
	  || lookup_attribute ("nocf_check",
			       TYPE_ATTRIBUTES (TREE_TYPE (callee)))
	  || (flag_manual_endbr
	      && !lookup_attribute ("cf_check", DECL_ATTRIBUTES (callee))));
}
