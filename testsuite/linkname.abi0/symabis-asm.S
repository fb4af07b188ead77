/* symabis-asm.S - functions written to Go's ABI0 convention, as Go
   assembly would be: arguments from 8(%rsp), results after them, every
   register but %rsp and %rbp free to clobber (they do, on purpose).  */
	.text
#define CLOBBER \
	movq $-1, %rbx; movq $-1, %r12; movq $-1, %r13; movq $-1, %r14; \
	movq $-1, %r15; movq $-1, %rcx; movq $-1, %rdi; movq $-1, %rsi

/* func add(a, b int64) int64 */
	.globl	asm.add
	.type	asm.add, @function
asm.add:
	CLOBBER
	movq	8(%rsp), %rax
	addq	16(%rsp), %rax
	movq	%rax, 24(%rsp)
	ret
	.size	asm.add, .-asm.add

/* func mix(c int8, d float64, s struct{ x, y, z int32 })
	(r struct{ a float64; b int32 }) */
	.globl	asm.mix
	.type	asm.mix, @function
asm.mix:
	CLOBBER
	movsd	16(%rsp), %xmm0
	addsd	%xmm0, %xmm0
	movsd	%xmm0, 40(%rsp)
	movsbl	8(%rsp), %eax
	addl	24(%rsp), %eax
	addl	28(%rsp), %eax
	addl	32(%rsp), %eax
	movl	%eax, 48(%rsp)
	ret
	.size	asm.mix, .-asm.mix

/* func fill(x int64) (r [4]int64)	-- a result too big for registers */
	.globl	asm.fill
	.type	asm.fill, @function
asm.fill:
	CLOBBER
	movq	8(%rsp), %rax
	movq	%rax, 16(%rsp)
	incq	%rax
	movq	%rax, 24(%rsp)
	incq	%rax
	movq	%rax, 32(%rsp)
	incq	%rax
	movq	%rax, 40(%rsp)
	ret
	.size	asm.fill, .-asm.fill

/* func callc(a, b int64) int64: calls C's cfn through cfn.abi0, the ABI0
   thunk the plugin makes because symabis says 'ref cfn ABI0'.  */
	.globl	asm.callc
	.type	asm.callc, @function
asm.callc:
	subq	$24, %rsp
	movq	32(%rsp), %rax
	movq	%rax, 0(%rsp)
	movq	40(%rsp), %rax
	movq	%rax, 8(%rsp)
	call	cfn.abi0
	movq	16(%rsp), %rax
	addq	$24, %rsp
	movq	%rax, 24(%rsp)
	ret
	.size	asm.callc, .-asm.callc

/* For -mfunction-return=thunk-extern (as in abi0-call.S, uncounted).  */
	.weak	__x86_return_thunk
	.type	__x86_return_thunk, @function
__x86_return_thunk:
	call	2f
1:	pause
	lfence
	jmp	1b
2:	leaq	8(%rsp), %rsp
	ret
	.size	__x86_return_thunk, .-__x86_return_thunk
#include "indirect-thunks.inc"

	.section .note.GNU-stack,"",@progbits

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
