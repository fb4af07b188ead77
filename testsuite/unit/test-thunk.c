/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-thunk.c - the text of the two thunks: what an assembler reader
   checks by eye (the run tests prove the behaviour).  */
#include "unit.h"
#include "linkname/thunk.h"

#include <stdlib.h>

void
test_thunk (void)
{
  static struct ln_signature sig;
  static struct ln_call_plan plan;
  memset (&sig, 0, sizeof sig);
  sig.nparams = 2;
  for (int i = 0; i < 2; i++)
    sig.params[i] = (struct ln_type) { 8, 8, LN_KIND_SINT };
  CHECK (ln_place_parse ("di@0:8", &sig.param_locs[0]) == 0);
  CHECK (ln_place_parse ("si@0:8", &sig.param_locs[1]) == 0);
  sig.has_result = 1;
  sig.result = sig.params[0];
  CHECK (ln_place_parse ("ax@0:8", &sig.result_loc) == 0);
  CHECK (ln_plan_call (&sig, &plan) == 0);

  struct ln_thunk_options o
    = { .endbr64 = 1, .own_section = 1, .visibility = "hidden" };
  char *text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &o);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, ".pushsection\t.text.pkg.add.abi0,\"ax\",@progbits");
  CHECK_CONTAINS (text, ".globl\tpkg.add.abi0\n\t.hidden\tpkg.add.abi0");
  CHECK_CONTAINS (text, "pkg.add.abi0:\n\t.cfi_startproc\n\tendbr64\n");
  CHECK_CONTAINS (text, "movq\t16(%rsp), %rdi\n\tmovq\t24(%rsp), %rsi\n");
  CHECK_CONTAINS (text, "andq\t$-16, %rsp");
  CHECK_CONTAINS (text, "call\tpkg.add\n\tmovq\t%rax, 32(%rbp)\n\tleave\n");
  CHECK_CONTAINS (text, ".size\tpkg.add.abi0, .-pkg.add.abi0");
  free (text);

  struct ln_thunk_options c = { .visibility = "hidden", .comdat = 1 };
  text = ln_sysv_thunk_text ("asm.add..sysv", "asm.add", &sig, &plan, &c);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\t.ifndef\tasm.add..sysv\n");
  CHECK_CONTAINS (text, ",\"axG\",@progbits,asm.add..sysv,comdat");
  CHECK_CONTAINS (text, "\t.weak\tasm.add..sysv\n\t.hidden\tasm.add..sysv");
  CHECK_CONTAINS (text, "pushq\t%rbx");
  CHECK_CONTAINS (text, "movq\t%rdi, 0(%rsp)\n\tmovq\t%rsi, 8(%rsp)\n"
			"\tcall\tasm.add\n\tmovq\t16(%rsp), %rax\n");
  CHECK_CONTAINS (text, "popq\t%rbx\n\tpopq\t%rbp\n");
  CHECK_CONTAINS (text, "\t.endif\n");
  free (text);

  /* -masm=intel: AT&T inside, GCC's Intel file state restored after.  */
  struct ln_thunk_options in = { .intel_syntax = 1 };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &in);
  CHECK (text != NULL);
  CHECK (strncmp (text, "\t.att_syntax prefix\n", 20) == 0);
  const char *intel = "\t.intel_syntax noprefix\n";
  CHECK (strlen (text) > strlen (intel)
	 && strcmp (text + strlen (text) - strlen (intel), intel) == 0);
  free (text);
  in.comdat = 1;
  text = ln_sysv_thunk_text ("asm.add..sysv", "asm.add", &sig, &plan, &in);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\t.att_syntax prefix\n\t.ifndef\tasm.add..sysv\n");
  CHECK_CONTAINS (text, "\t.endif\n\t.intel_syntax noprefix\n");
  free (text);

  /* A weak target: a weak thunk; in a COMDAT group: the same group;
     once: guarded.  */
  struct ln_thunk_options w = { .weak = 1, .group = "pkg.add", .once = 1 };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &w);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\t.ifndef\tpkg.add.abi0\n\t.pushsection\t"
			".text.pkg.add.abi0,\"axG\",@progbits,pkg.add,comdat\n");
  CHECK_CONTAINS (text, "\t.weak\tpkg.add.abi0\n");
  CHECK_CONTAINS (text, "\t.popsection\n\t.endif\n");
  free (text);
  w.group = NULL;
  w.once = 0;
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &w);
  CHECK (text != NULL);
  CHECK (strstr (text, ".ifndef") == NULL && strstr (text, "axG") == NULL);
  CHECK_CONTAINS (text, "\t.pushsection\t.text\n\t.p2align 4\n"
			"\t.weak\tpkg.add.abi0\n");
  free (text);

  /* -fstack-clash-protection: an 8000-byte struct argument in memory,
     both directions; below the guard, no probe.  */
  static struct ln_signature bs;
  static struct ln_call_plan bp;
  memset (&bs, 0, sizeof bs);
  bs.nparams = 1;
  bs.params[0].size = 8000;
  bs.params[0].align = 8;
  bs.params[0].kind = LN_KIND_AGGREGATE;
  CHECK (ln_place_parse ("s0+8000", &bs.param_locs[0]) == 0);
  CHECK (ln_plan_call (&bs, &bp) == 0 && bp.stack_bytes == 8000);
  struct ln_thunk_options pr = { .probe_interval = 4096, .probe_guard = 4096 };
  text = ln_thunk_text ("pkg.big.abi0", "pkg.big", &bs, &bp, &pr);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tsubq\t$4096, %rsp\n\torq\t$0, (%rsp)\n"
			"\tsubq\t$3904, %rsp\n\tandq\t$-16, %rsp\n");
  free (text);
  text = ln_sysv_thunk_text ("asm.big..sysv", "asm.big", &bs, &bp, &pr);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tsubq\t$4096, %rsp\n\torq\t$0, (%rsp)\n"
			"\tsubq\t$3912, %rsp\n\tandq\t$-16, %rsp\n");
  free (text);
  pr.probe_guard = 65536;
  text = ln_thunk_text ("pkg.big.abi0", "pkg.big", &bs, &bp, &pr);
  CHECK (text != NULL && strstr (text, "orq") == NULL);
  /* A long copy is a loop over its eightbytes, not 1,000 moves.  */
  CHECK_CONTAINS (text, "\tmovq\t$-8000, %r10\n9:\tmovq\t8016(%rbp,%r10), %r11\n"
			"\tmovq\t%r11, 8000(%rsp,%r10)\n\taddq\t$8, %r10\n"
			"\tjne\t9b\n\tcall\tpkg.big\n");
  CHECK (strlen (text) < 1000);
  free (text);
  /* 8003 bytes: the loop, then three bytes exactly.  */
  bs.params[0].size = 8003;
  CHECK (ln_place_parse ("s0+8008", &bs.param_locs[0]) == 0);
  CHECK (ln_plan_call (&bs, &bp) == 0);
  struct ln_thunk_options none = { 0 };
  text = ln_thunk_text ("pkg.big.abi0", "pkg.big", &bs, &bp, &none);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tjne\t9b\n\tmovzwl\t8016(%rbp), %r11d\n"
			"\tmovw\t%r11w, 8000(%rsp)\n\tmovzbl\t8018(%rbp), %r11d\n"
			"\tmovb\t%r11b, 8002(%rsp)\n\tcall");
  free (text);
  text = ln_sysv_thunk_text ("asm.big..sysv", "asm.big", &bs, &bp, &none);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tmovq\t$-8000, %r10\n9:\tmovq\t8016(%rbp,%r10), %r11\n"
			"\tmovq\t%r11, 8000(%rsp,%r10)\n");
  free (text);

  /* How it returns: -mfunction-return=thunk-extern, an inline retpoline,
     -mharden-sls=return.  */
  struct ln_thunk_options r = { .ret = LN_RET_THUNK_EXTERN, .sls_int3 = 1 };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &r);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\t.cfi_def_cfa %rsp, 8\n\tjmp\t__x86_return_thunk\n"
			"\t.cfi_endproc\n");
  free (text);
  r.ret = LN_RET_THUNK_INLINE;
  text = ln_sysv_thunk_text ("asm.add..sysv", "asm.add", &sig, &plan, &r);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tpopq\t%rbp\n\t.cfi_def_cfa %rsp, 8\n\tcall\t7f\n"
			"6:\tpause\n\tlfence\n\tjmp\t6b\n7:\n"
			"\t.cfi_def_cfa_offset 16\n\tleaq\t8(%rsp), %rsp\n"
			"\t.cfi_def_cfa_offset 8\n\tret\n\tint3\n\t.cfi_endproc\n");
  free (text);

  struct ln_thunk_options ext = { .call = LN_CALL_GOTPCREL,
				  .call_retpoline = LN_RET_THUNK_EXTERN };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &ext);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tmovq\tpkg.add@GOTPCREL(%rip), %rax\n"
			"\tcall\t__x86_indirect_thunk_rax\n");
  free (text);

  /* -fzero-call-used-regs=: all call-used registers, but a SysV
     thunk's result registers.  */
  struct ln_thunk_options z = { .zero_gprs = 1, .zero_sse = 1 };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &z);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\t.cfi_def_cfa %rsp, 8\n\txorl\t%eax, %eax\n"
			"\txorl\t%edx, %edx\n");
  CHECK_CONTAINS (text, "\tpxor\t%xmm0, %xmm0\n");
  CHECK_CONTAINS (text, "\tpxor\t%xmm15, %xmm15\n\tret\n");
  free (text);
  z.zero_sse = 0;
  text = ln_sysv_thunk_text ("asm.add..sysv", "asm.add", &sig, &plan, &z);
  CHECK (text != NULL);
  /* The result's register is kept, %rdx (not returning anything) is
     zeroed.  */
  CHECK_CONTAINS (text, "\t.cfi_def_cfa %rsp, 8\n\txorl\t%edx, %edx\n"
			"\txorl\t%ecx, %ecx\n");
  CHECK (strstr (text, "%eax, %eax") == NULL && strstr (text, "pxor") == NULL);
  CHECK_CONTAINS (text, "\txorl\t%r11d, %r11d\n\tret\n");
  free (text);

  /* -fcall-saved-r11 (GCC's tables): the SysV thunk saves %r11 too, in
     register order, and finds a result pointer below it; -fsplit-stack:
     the no-split-stack note.  */
  struct ln_thunk_options sv
    = { .saved = 1ul << LN_RBX | 1ul << LN_R11 | 1ul << LN_R12 | 1ul << LN_RBP,
	.no_split_stack = 1 };
  text = ln_sysv_thunk_text ("asm.add..sysv", "asm.add", &sig, &plan, &sv);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\t.pushsection\t.note.GNU-no-split-stack,\"\",@progbits\n"
			"\t.popsection\n");
  CHECK_CONTAINS (text, "\tpushq\t%rbx\n\t.cfi_offset %rbx, -24\n"
			"\tpushq\t%r11\n\t.cfi_offset %r11, -32\n"
			"\tpushq\t%r12\n\t.cfi_offset %r12, -40\n\tsubq");
  CHECK_CONTAINS (text, "\tleaq\t-24(%rbp), %rsp\n\tpopq\t%r12\n"
			"\tpopq\t%r11\n\tpopq\t%rbx\n\tpopq\t%rbp\n");
  CHECK (strstr (text, "%r13") == NULL);
  free (text);

  /* How it calls: -mcmodel=large, -mforce-indirect-call, through a
     retpoline, notrack.  */
  struct ln_thunk_options c2 = { .call = LN_CALL_ABSOLUTE, .call_notrack = 1 };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &c2);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tmovabsq\t$pkg.add, %rax\n\tnotrack call\t*%rax\n"
			"\tmovq\t%rax, 32(%rbp)\n");
  free (text);
  c2 = (struct ln_thunk_options) { .call = LN_CALL_PLTOFF };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &c2);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "0:\tleaq\t0b(%rip), %r11\n"
			"\tmovabsq\t$_GLOBAL_OFFSET_TABLE_-0b, %rax\n"
			"\taddq\t%rax, %r11\n\tmovabsq\t$pkg.add@PLTOFF, %rax\n"
			"\taddq\t%r11, %rax\n\tcall\t*%rax\n");
  free (text);
  c2 = (struct ln_thunk_options) { .call = LN_CALL_GOTPCREL,
				   .call_retpoline = LN_RET_THUNK_INLINE,
				   .sls_int3 = 1 };
  text = ln_thunk_text ("pkg.add.abi0", "pkg.add", &sig, &plan, &c2);
  CHECK (text != NULL);
  CHECK_CONTAINS (text, "\tmovq\tpkg.add@GOTPCREL(%rip), %rax\n\tjmp\t3f\n"
			"2:\tcall\t5f\n4:\tpause\n\tlfence\n\tjmp\t4b\n"
			"5:\tmovq\t%rax, (%rsp)\n\tret\n\tint3\n"
			"3:\tcall\t2b\n");
  free (text);
}
