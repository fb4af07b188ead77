/* abi0-call.S - an ABI0 caller for tests and benchmarks, in GNU as.

   void abi0_call (const void *fn, void *frame, unsigned long size,
		   int misalign);

   Copies SIZE bytes of FRAME (Go's argument and result area) to the top
   of the stack, calls FN as Go's ABI0 does (return address at 0(%rsp),
   arguments from 8(%rsp)), and copies the area back so the caller can
   read the results.  At the call %rsp is 16-aligned, or 8 off with
   MISALIGN.  Every register the callee could read is filled with garbage
   first: an ABI0 callee may rely on nothing but %rsp.  */
	.text
	.p2align 4
	.globl	abi0_call
	.type	abi0_call, @function
abi0_call:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$24, %rsp
	.cfi_offset %rbx, -24
	.cfi_offset %r12, -32
	.cfi_offset %r13, -40
	.cfi_offset %r14, -48
	.cfi_offset %r15, -56
	movq	%rsi, -48(%rbp)		/* frame */
	movq	%rdx, -56(%rbp)		/* size */
	movq	%rdi, %r11		/* fn */
	leaq	15(%rdx), %r8
	andq	$-16, %r8
	subq	%r8, %rsp
	andq	$-16, %rsp
	testl	%ecx, %ecx
	jz	1f
	subq	$8, %rsp
1:	movq	%rsp, %rdi
	movq	-48(%rbp), %rsi
	movq	-56(%rbp), %rcx
	rep movsb
	movabsq	$0x5a5a5a5a5a5a5a5a, %rax
	movq	%rax, %rbx
	movq	%rax, %rcx
	movq	%rax, %rdx
	movq	%rax, %rsi
	movq	%rax, %rdi
	movq	%rax, %r8
	movq	%rax, %r9
	movq	%rax, %r10
	movq	%rax, %r12
	movq	%rax, %r13
	movq	%rax, %r14
	movq	%rax, %r15
	movq	%rax, %xmm0
	movq	%rax, %xmm1
	movq	%rax, %xmm2
	movq	%rax, %xmm3
	movq	%rax, %xmm4
	movq	%rax, %xmm5
	movq	%rax, %xmm6
	movq	%rax, %xmm7
	movq	%rax, %xmm15
	call	*%r11
	movq	-48(%rbp), %rdi
	movq	%rsp, %rsi
	movq	-56(%rbp), %rcx
	rep movsb
	leaq	-40(%rbp), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	abi0_call, .-abi0_call

/* __x86_return_thunk, which code compiled with
   -mfunction-return=thunk-extern returns through (the Linux kernel
   provides one; here a retpoline, as GCC's own -mfunction-return=thunk
   writes it), counting its uses in abi0_return_thunks.  Weak: under
   -mfunction-return=thunk GCC emits its own.  */
	.weak	__x86_return_thunk
	.type	__x86_return_thunk, @function
__x86_return_thunk:
	.cfi_startproc
	incq	abi0_return_thunks(%rip)
	call	2f
1:	pause
	lfence
	jmp	1b
2:	.cfi_adjust_cfa_offset 8
	leaq	8(%rsp), %rsp
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
	.size	__x86_return_thunk, .-__x86_return_thunk

#include "indirect-thunks.inc"

/* abi0_clobber_saved: what an ABI0 callee may do to the registers a
   SysV caller expects kept.  Called from ABI0 stubs written as toplevel
   asm in C (layouts-main.c, the random test), where "call" reads the
   same under -masm=intel.  */
	.text
	.globl	abi0_clobber_saved
	.type	abi0_clobber_saved, @function
abi0_clobber_saved:
	movq	$-1, %rbx
	movq	$-1, %r12
	movq	$-1, %r13
	movq	$-1, %r14
	movq	$-1, %r15
	ret
	.size	abi0_clobber_saved, .-abi0_clobber_saved

	.bss
	.p2align 3
	.globl	abi0_return_thunks
	.type	abi0_return_thunks, @object
	.size	abi0_return_thunks, 8
abi0_return_thunks:
	.zero	8

	.section .note.GNU-stack,"",@progbits

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
