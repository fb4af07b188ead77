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

static const struct gpr int_args[6] = {
  { "%rdi", "%edi", "%di", "%dil" }, { "%rsi", "%esi", "%si", "%sil" },
  { "%rdx", "%edx", "%dx", "%dl" },  { "%rcx", "%ecx", "%cx", "%cl" },
  { "%r8", "%r8d", "%r8w", "%r8b" }, { "%r9", "%r9d", "%r9w", "%r9b" },
};
static const struct gpr int_results[2]
  = { { "%rax", "%eax", "%ax", "%al" }, { "%rdx", "%edx", "%dx", "%dl" } };
static const struct gpr scratch = { "%r11", "%r11d", "%r11w", "%r11b" };

static unsigned
min_u (unsigned a, unsigned b)
{
  return a < b ? a : b;
}

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
      load_bytes (b, &scratch, soff + done, sbase, piece);
      store_bytes (b, &scratch, doff + done, dbase, piece);
      done += piece;
    }
}

/* Load scalar T at OFF(BASE) into R, sign- or zero-extended as the C
   side may assume (GCC and clang extend narrow values to 32 bits).  */
static void
load_scalar (struct ln_sbuf *b, const struct ln_type *t, const struct gpr *r,
	     unsigned off, const char *base)
{
  const struct ln_leaf *l = &t->leaves[0];
  int sign = l->kind == LN_LEAF_SINT;
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

/* Move value T between memory at OFF(BASE) and its registers as P
   places it: eightbyte by eightbyte, integer ones in the GPRS bank
   (argument or result registers), SSE ones in %xmmN.  */
static void
memory_to_regs (struct ln_sbuf *b, const struct ln_type *t,
		const struct ln_placed *p, const struct gpr *gprs,
		unsigned off, const char *base)
{
  for (unsigned e = 0; e < p->neightbytes; e++)
    {
      unsigned n = min_u (8, t->size - 8 * e);
      if (p->cls[e] == LN_CLASS_SSE)
	ln_sbuf_printf (b, "\t%s\t%u(%s), %%xmm%u\n", n == 4 ? "movss" : "movq",
	      off + 8 * e, base, p->reg[e]);
      else if (!t->aggregate)
	load_scalar (b, t, &gprs[p->reg[e]], off, base);
      else
	load_bytes (b, &gprs[p->reg[e]], off + 8 * e, base, n);
    }
}

static void
regs_to_memory (struct ln_sbuf *b, const struct ln_type *t,
		const struct ln_placed *p, const struct gpr *gprs,
		unsigned off, const char *base)
{
  for (unsigned e = 0; e < p->neightbytes; e++)
    {
      unsigned n = min_u (8, t->size - 8 * e);
      if (p->cls[e] == LN_CLASS_SSE)
	ln_sbuf_printf (b, "\t%s\t%%xmm%u, %u(%s)\n", n == 4 ? "movss" : "movq",
	      p->reg[e], off + 8 * e, base);
      else
	store_bytes (b, &gprs[p->reg[e]], off + 8 * e, base, n);
    }
}

/* Load argument T into its registers, or copy it to the outgoing stack
   area; BASE addresses Go's frame with the same offsets as %rbp.  */
static void
load_arg (struct ln_sbuf *b, const struct ln_type *t, const struct ln_placed *p,
	  const char *base)
{
  unsigned src = 16 + p->abi0_offset;
  if (p->where == LN_NOWHERE)
    return;
  if (p->where == LN_IN_MEMORY)
    {
      if (!t->aggregate && t->leaves[0].kind != LN_LEAF_FLOAT)
	{
	  load_scalar (b, t, &scratch, src, base);
	  ln_sbuf_printf (b, "\tmovq\t%%r11, %u(%%rsp)\n", p->stack_offset);
	}
      else
	copy_bytes (b, base, src, "%rsp", p->stack_offset, t->size);
      return;
    }
  memory_to_regs (b, t, p, int_args, src, base);
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

/* -fzero-call-used-regs=: zero the call-used registers before the
   return, as GCC's epilogue does, but the ones a SysV thunk returns the
   result in (%rax, %rdx, %xmm0, %xmm1; an ABI0 thunk returns it in
   memory).  A superset of what the "used" and "arg" variants ask: no
   caller can tell.  */
static void
zero_registers (struct ln_sbuf *b, const struct ln_thunk_options *opts,
		int sysv)
{
  static const char *const gprs[]
    = { "eax", "edx", "ecx", "esi", "edi", "r8d", "r9d", "r10d", "r11d" };
  if (opts->zero_gprs)
    for (unsigned i = sysv ? 2 : 0; i < sizeof gprs / sizeof gprs[0]; i++)
      ln_sbuf_printf (b, "\txorl\t%%%s, %%%s\n", gprs[i], gprs[i]);
  if (opts->zero_sse)
    for (unsigned i = sysv ? 2 : 0; i < 16; i++)
      ln_sbuf_printf (b, "\tpxor\t%%xmm%u, %%xmm%u\n", i, i);
}

static char *
epilogue (struct ln_sbuf *b, const char *thunk,
	  const struct ln_thunk_options *opts, int sysv)
{
  ln_sbuf_printf (b, "\t.cfi_def_cfa %%rsp, 8\n");
  zero_registers (b, opts, sysv);
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
     arguments after the outgoing area is carved; they use only %r11.  */
  for (unsigned i = 0; i < sig->nparams; i++)
    if (plan->params[i].where == LN_IN_REGS)
      load_arg (&b, &sig->params[i], &plan->params[i], "%rsp");
  allocate (&b, plan->stack_bytes, opts);
  ln_sbuf_printf (&b, "\tandq\t$-16, %%rsp\n");
  for (unsigned i = 0; i < sig->nparams; i++)
    if (plan->params[i].where == LN_IN_MEMORY)
      load_arg (&b, &sig->params[i], &plan->params[i], "%rbp");
  if (plan->hidden_result_pointer)
    ln_sbuf_printf (&b, "\tleaq\t%u(%%rbp), %%rdi\n", 16 + plan->result_offset);
  call (&b, target, opts);
  if (sig->has_result && plan->result.where == LN_IN_REGS)
    regs_to_memory (&b, &sig->result, &plan->result, int_results,
		    16 + plan->result_offset, "%rbp");
  ln_sbuf_printf (&b, "\tleave\n");
  return epilogue (&b, thunk, opts, 0);
}

/* --- the reverse: SysV C caller -> ABI0 assembly callee ---------------

   The SysV caller expects %rbx, %rbp and %r12-%r15 preserved, which an
   ABI0 callee does not do: they are saved below %rbp.  The Go frame is
   built at 0(%rsp), so the callee finds its first argument at 8(%rsp)
   after the call.  A hidden result pointer is kept at -48(%rbp).  */

static const char *const saved_regs[5]
  = { "%rbx", "%r12", "%r13", "%r14", "%r15" };

static void
store_arg (struct ln_sbuf *b, const struct ln_type *t, const struct ln_placed *p)
{
  unsigned dst = p->abi0_offset;
  if (p->where == LN_IN_MEMORY)
    copy_bytes (b, "%rbp", 16 + p->stack_offset, "%rsp", dst, t->size);
  else if (p->where == LN_IN_REGS)
    regs_to_memory (b, t, p, int_args, dst, "%rsp");
}


char *
ln_sysv_thunk_text (const char *thunk, const char *target,
		    const struct ln_signature *sig,
		    const struct ln_call_plan *plan,
		    const struct ln_thunk_options *opts)
{
  struct ln_sbuf b = LN_SBUF_INIT;
  prologue (&b, thunk, opts);
  for (int i = 0; i < 5; i++)
    ln_sbuf_printf (&b, "\tpushq\t%s\n\t.cfi_offset %s, %d\n", saved_regs[i],
	  saved_regs[i], -24 - 8 * i);
  allocate (&b, 8 + (plan->frame_size + 15) / 16 * 16, opts);
  ln_sbuf_printf (&b, "\tandq\t$-16, %%rsp\n");
  if (plan->hidden_result_pointer)
    ln_sbuf_printf (&b, "\tmovq\t%%rdi, -48(%%rbp)\n");
  for (unsigned i = 0; i < sig->nparams; i++)
    store_arg (&b, &sig->params[i], &plan->params[i]);
  call (&b, target, opts);
  if (plan->hidden_result_pointer)
    {
      ln_sbuf_printf (&b, "\tmovq\t-48(%%rbp), %%rax\n");
      copy_bytes (&b, "%rsp", plan->result_offset, "%rax", 0,
		  sig->result.size);
    }
  else if (sig->has_result && plan->result.where == LN_IN_REGS)
    memory_to_regs (&b, &sig->result, &plan->result, int_results,
		    plan->result_offset, "%rsp");
  ln_sbuf_printf (&b, "\tleaq\t-40(%%rbp), %%rsp\n");
  for (int i = 4; i >= 0; i--)
    ln_sbuf_printf (&b, "\tpopq\t%s\n", saved_regs[i]);
  ln_sbuf_printf (&b, "\tpopq\t%%rbp\n");
  return epilogue (&b, thunk, opts, 1);
}
