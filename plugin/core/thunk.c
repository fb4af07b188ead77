/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* thunk.c - write an ABI0 -> SysV entry thunk in GNU as syntax.

   Frame: push %rbp; mov %rsp,%rbp, so Go's first argument is at
   16(%rbp).  Go only guarantees 8-byte stack alignment, so the outgoing
   area is carved below and %rsp aligned to 16 before the call.  ABI0
   callers treat every register but %rsp and %rbp as clobbered, so the
   thunk needs no saves; its scratch registers are %r11, %r10 (the
   counter of a long copy) and %rax (the target's address under
   -mcmodel=large), none an argument register of a call that is not
   variadic.  It leaves %rbx and %r12-%r15 alone, and the C
   callee keeps them: linkname-go's stubs (tools/gobind/gobind.c) rely on %r12 and
   %r13 surviving the call.  Loads and stores move exactly the bytes of
   each value: nothing beyond Go's frame is read or written.  */
#include "linkname/thunk.h"
#include "linkname/sbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A general register by width: 8, 4, 2, 1 bytes.  */
struct gpr
{
  const char *q, *l, *w, *b;
};

static const struct gpr gprs[LN_XMM0] = {
  [LN_RAX] = { "%rax", "%eax", "%ax", "%al" },
  [LN_RBX] = { "%rbx", "%ebx", "%bx", "%bl" },
  [LN_RCX] = { "%rcx", "%ecx", "%cx", "%cl" },
  [LN_RDX] = { "%rdx", "%edx", "%dx", "%dl" },
  [LN_RSI] = { "%rsi", "%esi", "%si", "%sil" },
  [LN_RDI] = { "%rdi", "%edi", "%di", "%dil" },
  [LN_RBP] = { "%rbp", "%ebp", "%bp", "%bpl" },
  [LN_RSP] = { "%rsp", "%esp", "%sp", "%spl" },
  [LN_R8] = { "%r8", "%r8d", "%r8w", "%r8b" },
  [LN_R9] = { "%r9", "%r9d", "%r9w", "%r9b" },
  [LN_R10] = { "%r10", "%r10d", "%r10w", "%r10b" },
  [LN_R11] = { "%r11", "%r11d", "%r11w", "%r11b" },
  [LN_R12] = { "%r12", "%r12d", "%r12w", "%r12b" },
  [LN_R13] = { "%r13", "%r13d", "%r13w", "%r13b" },
  [LN_R14] = { "%r14", "%r14d", "%r14w", "%r14b" },
  [LN_R15] = { "%r15", "%r15d", "%r15w", "%r15b" },
};
static const struct gpr *const scratch = &gprs[LN_R11];
/* The second scratch register: an SSE piece of an odd size goes through
   it (load_bytes needs %r11 itself).  */
static const struct gpr *const scratch2 = &gprs[LN_R10];

/* Load N (1..8) bytes at OFF(BASE) into R, zero-extended, exactly.  */
static void
load_bytes (struct ln_sbuf *b, const struct gpr *r, unsigned off,
	    const char *base, unsigned n)
{
  static const char *const first[] = { NULL, "movzbl", "movzwl", "movzwl",
				       "movl",	 "movl",   "movl",   "movl",
				       "movq" };
  unsigned done = n >= 8 ? 8 : n >= 4 ? 4 : n >= 2 ? 2 : 1;
  ln_sbuf_printf (b, "\t%s\t%u(%s), %s\n", first[done], off, base,
	done == 8 ? r->q : r->l);
  while (done < n)
    {
      unsigned piece = n - done >= 2 ? 2 : 1;
      ln_sbuf_printf (b, "\t%s\t%u(%s), %%r11d\n", piece == 2 ? "movzwl" : "movzbl",
	    off + done, base);
      ln_sbuf_printf (b, "\tshlq\t$%u, %%r11\n\torq\t%%r11, %s\n", done * 8, r->q);
      done += piece;
    }
}

/* Store the low N (1..8) bytes of R at OFF(BASE), exactly; R is clobbered
   when N is not a power of two.  */
static void
store_bytes (struct ln_sbuf *b, const struct gpr *r, unsigned off,
	     const char *base, unsigned n)
{
  unsigned done = 0;
  while (done < n)
    {
      unsigned left = n - done;
      unsigned piece = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
      const char *name = piece == 8 ? r->q : piece == 4 ? r->l
				     : piece == 2 ? r->w : r->b;
      const char *op = piece == 8 ? "movq" : piece == 4 ? "movl"
				 : piece == 2 ? "movw" : "movb";
      ln_sbuf_printf (b, "\t%s\t%s, %u(%s)\n", op, name, off + done, base);
      done += piece;
      if (done < n)
	ln_sbuf_printf (b, "\tshrq\t$%u, %s\n", piece * 8, r->q);
    }
}

/* Copies of at least this many bytes are a loop, not unrolled moves.  */
#define COPY_LOOP_MIN 128

/* Copy N bytes from SOFF(SBASE) to DOFF(DBASE) through %r11; a long
   copy moves its whole eightbytes in a loop counting %r10 up to 0, and
   the rest byte-exactly.  */
static void
copy_bytes (struct ln_sbuf *b, const char *sbase, unsigned soff,
	    const char *dbase, unsigned doff, unsigned n)
{
  if (n >= COPY_LOOP_MIN)
    {
      unsigned words = n / 8 * 8;
      ln_sbuf_printf (b, "\tmovq\t$-%u, %%r10\n"
			 "9:\tmovq\t%u(%s,%%r10), %%r11\n"
			 "\tmovq\t%%r11, %u(%s,%%r10)\n"
			 "\taddq\t$8, %%r10\n\tjne\t9b\n",
		      words, soff + words, sbase, doff + words, dbase);
      soff += words;
      doff += words;
      n -= words;
    }
  for (unsigned done = 0; done < n;)
    {
      unsigned left = n - done;
      unsigned piece = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
      load_bytes (b, scratch, soff + done, sbase, piece);
      store_bytes (b, scratch, doff + done, dbase, piece);
      done += piece;
    }
}

/* Load scalar T at OFF(BASE) into R, sign- or zero-extended as the C
   side may assume (GCC and clang extend narrow values to 32 bits).  */
static void
load_scalar (struct ln_sbuf *b, const struct ln_type *t, const struct gpr *r,
	     unsigned off, const char *base)
{
  int sign = t->kind == LN_KIND_SINT;
  switch (t->size)
    {
    case 8:
      ln_sbuf_printf (b, "\tmovq\t%u(%s), %s\n", off, base, r->q);
      break;
    case 4:
      ln_sbuf_printf (b, "\t%s\t%u(%s), %s\n", sign ? "movslq" : "movl", off, base,
	    sign ? r->q : r->l);
      break;
    case 2:
      ln_sbuf_printf (b, "\t%s\t%u(%s), %s\n", sign ? "movswl" : "movzwl", off, base,
	    r->l);
      break;
    default:
      ln_sbuf_printf (b, "\t%s\t%u(%s), %s\n", sign ? "movsbl" : "movzbl", off, base,
	    r->l);
      break;
    }
}

/* SSE register R's number.  */
static unsigned
xmm (enum ln_reg r)
{
  return (unsigned) (r - LN_XMM0);
}

/* Load value T from memory at OFF(BASE) into the registers LOC names:
   each piece's bytes into its register's low bytes (a scalar in a
   general register extended).  */
static void
memory_to_regs (struct ln_sbuf *b, const struct ln_type *t,
		const struct ln_place *loc, unsigned off, const char *base)
{
  for (unsigned i = 0; i < loc->npieces; i++)
    {
      const struct ln_piece *p = &loc->pieces[i];
      unsigned at = off + p->offset;
      if (ln_reg_is_sse (p->reg))
	{
	  if (p->size == 4 || p->size == 8)
	    ln_sbuf_printf (b, "\t%s\t%u(%s), %%xmm%u\n",
			    p->size == 4 ? "movss" : "movq", at, base,
			    xmm (p->reg));
	  else
	    {
	      load_bytes (b, scratch2, at, base, p->size);
	      ln_sbuf_printf (b, "\tmovq\t%%r10, %%xmm%u\n", xmm (p->reg));
	    }
	}
      else if (t->kind != LN_KIND_AGGREGATE)
	load_scalar (b, t, &gprs[p->reg], at, base);
      else
	load_bytes (b, &gprs[p->reg], at, base, p->size);
    }
}

/* Store value T from the registers LOC names to memory at OFF(BASE);
   general registers of odd-sized pieces are clobbered.  */
static void
regs_to_memory (struct ln_sbuf *b, const struct ln_place *loc, unsigned off,
		const char *base)
{
  for (unsigned i = 0; i < loc->npieces; i++)
    {
      const struct ln_piece *p = &loc->pieces[i];
      unsigned at = off + p->offset;
      if (ln_reg_is_sse (p->reg))
	{
	  if (p->size == 4 || p->size == 8)
	    ln_sbuf_printf (b, "\t%s\t%%xmm%u, %u(%s)\n",
			    p->size == 4 ? "movss" : "movq", xmm (p->reg), at,
			    base);
	  else
	    {
	      ln_sbuf_printf (b, "\tmovq\t%%xmm%u, %%r10\n", xmm (p->reg));
	      store_bytes (b, scratch2, at, base, p->size);
	    }
	}
      else
	store_bytes (b, &gprs[p->reg], at, base, p->size);
    }
}

/* Load argument I into its registers, or copy it to the outgoing stack
   area; BASE addresses Go's frame with the same offsets as %rbp.  */
static void
load_arg (struct ln_sbuf *b, const struct ln_signature *sig,
	  const struct ln_call_plan *plan, unsigned i, const char *base)
{
  const struct ln_type *t = &sig->params[i];
  const struct ln_place *loc = &sig->param_locs[i];
  unsigned src = 16 + plan->abi0_offset[i];
  if (loc->kind == LN_PLACE_STACK)
    {
      if (t->kind == LN_KIND_SINT || t->kind == LN_KIND_UINT)
	{
	  load_scalar (b, t, scratch, src, base);
	  ln_sbuf_printf (b, "\tmovq\t%%r11, %u(%%rsp)\n", loc->stack_offset);
	}
      else
	copy_bytes (b, base, src, "%rsp", loc->stack_offset, t->size);
    }
  else if (loc->kind == LN_PLACE_REGS)
    memory_to_regs (b, t, loc, src, base);
}

/* Move %rsp down by SIZE bytes.  Under -fstack-clash-protection, as
   GCC's x86 prologue does (ix86_adjust_stack_and_probe): no probe below
   the guard size; else a probe at each interval, inline up to four,
   then a loop counting in %r11 (free here in both thunks); the residual
   is not probed, the call that follows is.  */
static void
allocate (struct ln_sbuf *b, unsigned size, const struct ln_thunk_options *opts)
{
  unsigned interval = opts->probe_interval;
  if (!size)
    return;
  if (!interval || size < opts->probe_guard)
    {
      ln_sbuf_printf (b, "\tsubq\t$%u, %%rsp\n", size);
      return;
    }
  unsigned rounded = size / interval * interval;
  if (size <= 4 * interval)
    for (unsigned done = 0; done < rounded; done += interval)
      ln_sbuf_printf (b, "\tsubq\t$%u, %%rsp\n\torq\t$0, (%%rsp)\n", interval);
  else
    ln_sbuf_printf (b, "\tleaq\t-%u(%%rsp), %%r11\n"
	     "1:\tsubq\t$%u, %%rsp\n\torq\t$0, (%%rsp)\n"
	     "\tcmpq\t%%r11, %%rsp\n\tjne\t1b\n",
	  rounded, interval);
  if (size > rounded)
    ln_sbuf_printf (b, "\tsubq\t$%u, %%rsp\n", size - rounded);
}

/* Section, symbol, CFI start and the %rbp frame.  */
static void
prologue (struct ln_sbuf *b, const char *thunk,
	  const struct ln_thunk_options *opts)
{
  /* The text is AT&T; GCC's file start switched to Intel under
     -masm=intel, and the epilogue switches back.  */
  if (opts->intel_syntax)
    ln_sbuf_printf (b, "\t.att_syntax prefix\n");
  /* Under LTO the copies of two units can meet in one assembler file,
     where COMDAT cannot merge them: the second copy is skipped.  */
  const char *group = opts->comdat ? thunk : opts->group;
  if (opts->comdat || opts->once)
    ln_sbuf_printf (b, "\t.ifndef\t%s\n", thunk);
  if (group)
    ln_sbuf_printf (b, "\t.pushsection\t.text.%s,\"axG\",@progbits,%s,comdat\n",
	  thunk, group);
  else if (opts->own_section)
    ln_sbuf_printf (b, "\t.pushsection\t.text.%s,\"ax\",@progbits\n", thunk);
  else
    ln_sbuf_printf (b, "\t.pushsection\t.text\n");
  ln_sbuf_printf (b, "\t.p2align 4\n\t.%s\t%s\n",
	opts->comdat || opts->weak ? "weak" : "globl", thunk);
  if (opts->visibility)
    ln_sbuf_printf (b, "\t.%s\t%s\n", opts->visibility, thunk);
  if (opts->no_split_stack)
    ln_sbuf_printf (b, "\t.pushsection\t.note.GNU-no-split-stack,\"\",@progbits\n"
		       "\t.popsection\n");
  ln_sbuf_printf (b, "\t.type\t%s, @function\n%s:\n\t.cfi_startproc\n", thunk, thunk);
  if (opts->endbr64)
    ln_sbuf_printf (b, "\tendbr64\n");
  ln_sbuf_printf (b, "\tpushq\t%%rbp\n\t.cfi_def_cfa_offset 16\n"
	   "\t.cfi_offset %%rbp, -16\n\tmovq\t%%rsp, %%rbp\n"
	   "\t.cfi_def_cfa_register %%rbp\n");
}

/* ret, and what -mharden-sls=return puts after it.  */
static void
ret (struct ln_sbuf *b, const struct ln_thunk_options *opts)
{
  ln_sbuf_printf (b, "\tret\n%s", opts->sls_int3 ? "\tint3\n" : "");
}

/* Call TARGET as OPTS->call says (%r11 holds the GOT's address under
   -mcmodel=large -fPIC); an indirect call is through a register, as
   -mindirect-branch-register wants, and under -mindirect-branch= through
   GCC's external thunk or an inline retpoline, which GCC writes as here
   (ix86_output_indirect_branch_via_reg).  */
static void
call (struct ln_sbuf *b, const char *target,
      const struct ln_thunk_options *opts)
{
  switch (opts->call)
    {
    case LN_CALL_DIRECT:
      ln_sbuf_printf (b, "\tcall\t%s\n", target);
      return;
    case LN_CALL_ABSOLUTE:
      ln_sbuf_printf (b, "\tmovabsq\t$%s, %%rax\n", target);
      break;
    case LN_CALL_GOTPCREL:
      ln_sbuf_printf (b, "\tmovq\t%s@GOTPCREL(%%rip), %%rax\n", target);
      break;
    case LN_CALL_PLTOFF:
      ln_sbuf_printf (b, "0:\tleaq\t0b(%%rip), %%r11\n"
			 "\tmovabsq\t$_GLOBAL_OFFSET_TABLE_-0b, %%rax\n"
			 "\taddq\t%%rax, %%r11\n"
			 "\tmovabsq\t$%s@PLTOFF, %%rax\n"
			 "\taddq\t%%r11, %%rax\n",
		      target);
      break;
    }
  if (opts->call_retpoline == LN_RET_THUNK_EXTERN)
    {
      ln_sbuf_printf (b, "\tcall\t__x86_indirect_thunk_rax\n");
      return;
    }
  if (opts->call_retpoline != LN_RET_THUNK_INLINE)
    {
      ln_sbuf_printf (b, "\t%scall\t*%%rax\n",
		      opts->call_notrack ? "notrack " : "");
      return;
    }
  ln_sbuf_printf (b, "\tjmp\t3f\n2:\tcall\t5f\n4:\tpause\n\tlfence\n"
		     "\tjmp\t4b\n5:\tmovq\t%%rax, (%%rsp)\n");
  ret (b, opts);
  ln_sbuf_printf (b, "3:\tcall\t2b\n");
}

/* Does KEEP, a result's place, return a value in R?  */
static int
returns_in (const struct ln_place *keep, enum ln_reg r)
{
  if (!keep || keep->kind != LN_PLACE_REGS)
    return 0;
  for (unsigned i = 0; i < keep->npieces; i++)
    if (keep->pieces[i].reg == r)
      return 1;
  return 0;
}

/* -fzero-call-used-regs=: zero the call-used registers before the
   return, as GCC's epilogue does, but the ones KEEP, a SysV thunk's
   result, is returned in (an ABI0 thunk returns it in memory; the
   pointer a SysV thunk returns in %rax for a result in memory is kept
   too).  A superset of what the "used" and "arg" variants ask: no
   caller can tell.  */
static void
zero_registers (struct ln_sbuf *b, const struct ln_thunk_options *opts,
		const struct ln_place *keep)
{
  static const enum ln_reg zgprs[]
    = { LN_RAX, LN_RDX, LN_RCX, LN_RSI, LN_RDI, LN_R8, LN_R9, LN_R10, LN_R11 };
  int keep_rax = keep && keep->kind == LN_PLACE_MEMORY;
  if (opts->zero_gprs)
    for (unsigned i = 0; i < sizeof zgprs / sizeof zgprs[0]; i++)
      if (!returns_in (keep, zgprs[i]) && !(keep_rax && zgprs[i] == LN_RAX))
	ln_sbuf_printf (b, "\txorl\t%s, %s\n", gprs[zgprs[i]].l,
			gprs[zgprs[i]].l);
  if (opts->zero_sse)
    for (unsigned i = 0; i < 16; i++)
      if (!returns_in (keep, (enum ln_reg) (LN_XMM0 + i)))
	ln_sbuf_printf (b, "\tpxor\t%%xmm%u, %%xmm%u\n", i, i);
}

static char *
epilogue (struct ln_sbuf *b, const char *thunk,
	  const struct ln_thunk_options *opts, const struct ln_place *keep)
{
  ln_sbuf_printf (b, "\t.cfi_def_cfa %%rsp, 8\n");
  zero_registers (b, opts, keep);
  switch (opts->ret)
    {
    case LN_RET_PLAIN:
      ret (b, opts);
      break;
    case LN_RET_THUNK_EXTERN:
      /* GCC puts no int3 after this jmp either.  */
      ln_sbuf_printf (b, "\tjmp\t__x86_return_thunk\n");
      break;
    case LN_RET_THUNK_INLINE:
      /* GCC's output_indirect_thunk, with the CFA after the lea too.  */
      ln_sbuf_printf (b, "\tcall\t7f\n6:\tpause\n\tlfence\n\tjmp\t6b\n"
			 "7:\n\t.cfi_def_cfa_offset 16\n"
			 "\tleaq\t8(%%rsp), %%rsp\n"
			 "\t.cfi_def_cfa_offset 8\n");
      ret (b, opts);
      break;
    }
  ln_sbuf_printf (b, "\t.cfi_endproc\n"
	   "\t.size\t%s, .-%s\n\t.popsection\n",
	thunk, thunk);
  if (opts->comdat || opts->once)
    ln_sbuf_printf (b, "\t.endif\n");
  if (opts->intel_syntax)
    ln_sbuf_printf (b, "\t.intel_syntax noprefix\n");
  return ln_sbuf_finish (b);
}

char *
ln_thunk_text (const char *thunk, const char *target,
	       const struct ln_signature *sig, const struct ln_call_plan *plan,
	       const struct ln_thunk_options *opts)
{
  struct ln_sbuf b = LN_SBUF_INIT;
  prologue (&b, thunk, opts);
  /* Register arguments first, addressed from %rsp (still equal to
     %rbp): the loads then do not wait for the frame pointer.  Stack
     arguments after the outgoing area is carved; they use only %r10 and
     %r11.  */
  for (unsigned i = 0; i < sig->nparams; i++)
    if (sig->param_locs[i].kind == LN_PLACE_REGS)
      load_arg (&b, sig, plan, i, "%rsp");
  allocate (&b, plan->stack_bytes, opts);
  ln_sbuf_printf (&b, "\tandq\t$-16, %%rsp\n");
  for (unsigned i = 0; i < sig->nparams; i++)
    if (sig->param_locs[i].kind == LN_PLACE_STACK)
      load_arg (&b, sig, plan, i, "%rbp");
  if (sig->has_result && sig->result_loc.kind == LN_PLACE_MEMORY)
    ln_sbuf_printf (&b, "\tleaq\t%u(%%rbp), %s\n", 16 + plan->result_offset,
		    gprs[sig->result_loc.pieces[0].reg].q);
  call (&b, target, opts);
  if (sig->has_result && sig->result_loc.kind == LN_PLACE_REGS)
    regs_to_memory (&b, &sig->result_loc, 16 + plan->result_offset, "%rbp");
  ln_sbuf_printf (&b, "\tleave\n");
  return epilogue (&b, thunk, opts, NULL);
}

/* --- the reverse: SysV C caller -> ABI0 assembly callee ---------------

   The SysV caller expects %rbx, %rbp and %r12-%r15 preserved (and what
   -fcall-saved-REG and -ffixed-REG add), which an ABI0 callee does not
   do: they are saved below %rbp.  The Go frame is built at 0(%rsp), so
   the callee finds its first argument at 8(%rsp) after the call.  A
   hidden result pointer is kept just below the saved registers.  */

/* The registers the SysV thunk saves, in push order: OPTS->saved, or
   the psABI's callee-saved ones.  Returns how many.  */
static unsigned
saved_regs (const struct ln_thunk_options *opts, enum ln_reg *out)
{
  unsigned long set = opts->saved;
  unsigned n = 0;
  if (!set)
    set = 1ul << LN_RBX | 1ul << LN_R12 | 1ul << LN_R13 | 1ul << LN_R14
	  | 1ul << LN_R15;
  for (unsigned r = LN_RAX; r < LN_XMM0; r++)
    if ((set >> r & 1) && r != LN_RSP && r != LN_RBP)
      out[n++] = (enum ln_reg) r;
  return n;
}

/* Store argument I, from its registers or the caller's stack area, into
   the Go frame at 0(%rsp).  */
static void
store_arg (struct ln_sbuf *b, const struct ln_signature *sig,
	   const struct ln_call_plan *plan, unsigned i)
{
  const struct ln_place *loc = &sig->param_locs[i];
  unsigned dst = plan->abi0_offset[i];
  if (loc->kind == LN_PLACE_STACK)
    copy_bytes (b, "%rbp", 16 + loc->stack_offset, "%rsp", dst,
		sig->params[i].size);
  else if (loc->kind == LN_PLACE_REGS)
    regs_to_memory (b, loc, dst, "%rsp");
}

char *
ln_sysv_thunk_text (const char *thunk, const char *target,
		    const struct ln_signature *sig,
		    const struct ln_call_plan *plan,
		    const struct ln_thunk_options *opts)
{
  struct ln_sbuf b = LN_SBUF_INIT;
  int in_memory = sig->has_result && sig->result_loc.kind == LN_PLACE_MEMORY;
  enum ln_reg saved[LN_XMM0];
  unsigned nsaved = saved_regs (opts, saved);
  int hidden = -8 * (int) nsaved - 8;
  prologue (&b, thunk, opts);
  for (unsigned i = 0; i < nsaved; i++)
    ln_sbuf_printf (&b, "\tpushq\t%s\n\t.cfi_offset %s, %d\n",
		    gprs[saved[i]].q, gprs[saved[i]].q, -24 - 8 * (int) i);
  allocate (&b, 8 + (plan->frame_size + 15) / 16 * 16, opts);
  ln_sbuf_printf (&b, "\tandq\t$-16, %%rsp\n");
  if (in_memory)
    ln_sbuf_printf (&b, "\tmovq\t%s, %d(%%rbp)\n",
		    gprs[sig->result_loc.pieces[0].reg].q, hidden);
  for (unsigned i = 0; i < sig->nparams; i++)
    store_arg (&b, sig, plan, i);
  call (&b, target, opts);
  if (in_memory)
    {
      ln_sbuf_printf (&b, "\tmovq\t%d(%%rbp), %%rax\n", hidden);
      copy_bytes (&b, "%rsp", plan->result_offset, "%rax", 0,
		  sig->result.size);
    }
  else if (sig->has_result && sig->result_loc.kind == LN_PLACE_REGS)
    memory_to_regs (&b, &sig->result, &sig->result_loc, plan->result_offset,
		    "%rsp");
  ln_sbuf_printf (&b, "\tleaq\t%d(%%rbp), %%rsp\n", -8 * (int) nsaved);
  for (unsigned i = nsaved; i-- > 0;)
    ln_sbuf_printf (&b, "\tpopq\t%s\n", gprs[saved[i]].q);
  ln_sbuf_printf (&b, "\tpopq\t%%rbp\n");
  return epilogue (&b, thunk, opts, &sig->result_loc);
}
