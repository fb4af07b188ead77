/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* thunk.h - the GNU as text of an x86-64 ABI0 entry thunk: a function
   callable with Go's stack-based ABI0 convention that calls a SysV C
   function.  */
#ifndef LINKNAME_THUNK_H
#define LINKNAME_THUNK_H

#include "linkname/abi0.h"

#ifdef __cplusplus
extern "C" {
#endif

/* -mfunction-return= and -mindirect-branch=: as is; through GCC's
   external thunk (thunk-extern); through a retpoline written inline, as
   GCC's thunk-inline writes it (thunk-inline, and thunk, whose shared
   body GCC emits only for its own functions).  */
enum ln_thunk_return
{
  LN_RET_PLAIN = 0,
  LN_RET_THUNK_EXTERN,
  LN_RET_THUNK_INLINE
};

/* The call, as GCC calls a function: direct (small and medium code
   models), or through %rax loaded as -mcmodel=large does (movabs of the
   address; under PIC, the GOT's address plus the target's @PLTOFF) or
   -mforce-indirect-call does (under PIC, from the GOT entry; else
   movabs, right in every code model).  */
enum ln_thunk_call
{
  LN_CALL_DIRECT = 0,
  LN_CALL_ABSOLUTE,
  LN_CALL_PLTOFF,
  LN_CALL_GOTPCREL
};

struct ln_thunk_options
{
  int endbr64;		   /* -fcf-protection=branch: landing pad first */
  int own_section;	   /* -ffunction-sections: .text.THUNK */
  const char *visibility;  /* NULL, "hidden", "protected", "internal" */
  int comdat;		   /* weak, in a COMDAT group of its own name */
  int intel_syntax;	   /* -masm=intel: the text switches to AT&T and
			      back, as GCC's file start does */
  int weak;		   /* .weak, not .globl: the target is weak */
  const char *group;	   /* the target's COMDAT group, which the thunk
			      joins; NULL for none */
  int once;		   /* skipped when the assembler file already
			      defines it (copies meeting under LTO) */
  unsigned probe_interval; /* -fstack-clash-protection: probe every this
			      many bytes of an allocation of at least
			      probe_guard bytes, as GCC's prologue does;
			      0: no probes */
  unsigned probe_guard;
  enum ln_thunk_return ret; /* how the thunk returns (-mfunction-return=) */
  int sls_int3;		   /* -mharden-sls=return: int3 after each ret */
  enum ln_thunk_call call; /* how it reaches its target (-mcmodel=) */
  enum ln_thunk_return call_retpoline;
			   /* -mindirect-branch=: an indirect call goes
			      through __x86_indirect_thunk_rax
			      (LN_RET_THUNK_EXTERN) or an inline retpoline
			      (LN_RET_THUNK_INLINE) */
  int call_notrack;	   /* -fcf-protection=branch and a target without
			      endbr64 (nocf_check): notrack call */
  int zero_gprs;	   /* -fzero-call-used-regs=: zero the call-used
			      general registers before returning (not the
			      result registers of a SysV thunk) */
  int zero_sse;		   /* ... and the SSE registers */
  int no_split_stack;	   /* -fsplit-stack: mark the object as holding
			      code without a split-stack prologue
			      (.note.GNU-no-split-stack), as GCC marks its
			      own */
  unsigned long saved;	   /* the general registers a SysV caller expects
			      kept (bit 1 << enum ln_reg): GCC's
			      callee-saved and fixed ones; 0: %rbx and
			      %r12-%r15, the psABI's.  %rsp and %rbp are
			      kept anyway */
};

/* The suffix Go's tools print for ABI0 wrappers (cmd/link mangleABIName).  */
#define LN_ABI0_SUFFIX ".abi0"

/* Assembler text defining THUNK, which calls TARGET as PLAN says.
   malloc'd; NULL when out of memory.  */
char *ln_thunk_text (const char *thunk, const char *target,
		     const struct ln_signature *sig,
		     const struct ln_call_plan *plan,
		     const struct ln_thunk_options *opts);

/* The suffix of a SysV-to-ABI0 thunk.  Go symbols never contain ".." (gccgo
   uses it only for its own suffixes), and linkname targets may not end
   in it, so the name cannot collide with a target.  */
#define LN_SYSV_SUFFIX "..sysv"

/* Assembler text defining THUNK, callable from C (SysV), which calls
   TARGET, an ABI0 function (assembly), as PLAN says.  Meant to be COMDAT
   and hidden, so that every unit calling TARGET may emit it.  */
char *ln_sysv_thunk_text (const char *thunk, const char *target,
			  const struct ln_signature *sig,
			  const struct ln_call_plan *plan,
			  const struct ln_thunk_options *opts);

#ifdef __cplusplus
}
#endif

#endif
