/* loops.S - ABI0 callers for the thunk benchmark, and the two references:
   Go 1.19's own ABI0 wrapper sequence (transplanted) and plain ABI0
   assembly callees (no wrapper at all).

   Each loop is what a Go ABI0 caller does: its state lives in its frame
   (an ABI0 callee may clobber every register), arguments are stored at
   0(%rsp)..., the result read back after the call.  */
	.text

/* long loop_add (const void *fn, long n): n calls of fn(i, 3).  */
	.globl	loop_add
	.type	loop_add, @function
loop_add:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$48, %rsp		/* 0..23 call frame, 24 fn, 32 i, 40 sum */
	movq	%rdi, 24(%rsp)
	movq	%rsi, 32(%rsp)
	movq	$0, 40(%rsp)
1:	movq	32(%rsp), %rax
	movq	%rax, 0(%rsp)
	movq	$3, 8(%rsp)
	call	*24(%rsp)
	movq	16(%rsp), %rax
	addq	%rax, 40(%rsp)
	decq	32(%rsp)
	jnz	1b
	movq	40(%rsp), %rax
	leave
	ret
	.size	loop_add, .-loop_add

/* long loop_add8 (const void *fn, long n): fn(i, 1, 2, ..., 7).  */
	.globl	loop_add8
	.type	loop_add8, @function
loop_add8:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$96, %rsp		/* 0..71 frame, 72 fn, 80 i, 88 sum */
	movq	%rdi, 72(%rsp)
	movq	%rsi, 80(%rsp)
	movq	$0, 88(%rsp)
1:	movq	80(%rsp), %rax
	movq	%rax, 0(%rsp)
	movq	$1, 8(%rsp)
	movq	$2, 16(%rsp)
	movq	$3, 24(%rsp)
	movq	$4, 32(%rsp)
	movq	$5, 40(%rsp)
	movq	$6, 48(%rsp)
	movq	$7, 56(%rsp)
	call	*72(%rsp)
	movq	64(%rsp), %rax
	addq	%rax, 88(%rsp)
	decq	80(%rsp)
	jnz	1b
	movq	88(%rsp), %rax
	leave
	ret
	.size	loop_add8, .-loop_add8

/* double loop_add10 (const void *fn, long n): fn(1.0, ..., 10.0).  */
	.globl	loop_add10
	.type	loop_add10, @function
loop_add10:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$112, %rsp		/* 0..87 frame, 88 fn, 96 i, 104 sum */
	movq	%rdi, 88(%rsp)
	movq	%rsi, 96(%rsp)
	movq	$0, 104(%rsp)
	movabsq	$0x3ff0000000000000, %rax	/* 1.0 */
1:	movq	%rax, 0(%rsp)
	movq	%rax, 8(%rsp)
	movq	%rax, 16(%rsp)
	movq	%rax, 24(%rsp)
	movq	%rax, 32(%rsp)
	movq	%rax, 40(%rsp)
	movq	%rax, 48(%rsp)
	movq	%rax, 56(%rsp)
	movq	%rax, 64(%rsp)
	movq	%rax, 72(%rsp)
	call	*88(%rsp)
	movsd	80(%rsp), %xmm0
	addsd	104(%rsp), %xmm0
	movsd	%xmm0, 104(%rsp)
	movabsq	$0x3ff0000000000000, %rax
	decq	96(%rsp)
	jnz	1b
	movsd	104(%rsp), %xmm0
	leave
	ret
	.size	loop_add10, .-loop_add10

/* long loop_mk3 (const void *fn, long n): fn(i) returns a 3-word struct.  */
	.globl	loop_mk3
	.type	loop_mk3, @function
loop_mk3:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$64, %rsp		/* 0..31 frame, 32 fn, 40 i, 48 sum */
	movq	%rdi, 32(%rsp)
	movq	%rsi, 40(%rsp)
	movq	$0, 48(%rsp)
1:	movq	40(%rsp), %rax
	movq	%rax, 0(%rsp)
	call	*32(%rsp)
	movq	24(%rsp), %rax
	addq	%rax, 48(%rsp)
	decq	40(%rsp)
	jnz	1b
	movq	48(%rsp), %rax
	leave
	ret
	.size	loop_mk3, .-loop_mk3

/* Go 1.19's ABI0 wrapper for func add(a, b int64) int64, as go tool
   objdump prints it (example.com/w.add.abi0: 57 bytes), calling the C
   function instead of Go's ABIInternal one: the two loads go to the SysV
   registers (%rdi, %rsi) instead of AX, BX.  Everything else is Go's:
   the frame, XORPS X15, the g load from TLS into R14.  */
	.globl	gowrap_add
	.type	gowrap_add, @function
gowrap_add:
	subq	$0x18, %rsp
	movq	%rbp, 0x10(%rsp)
	leaq	0x10(%rsp), %rbp
	movq	0x20(%rsp), %rdi
	movq	0x28(%rsp), %rsi
	xorps	%xmm15, %xmm15
	movq	%fs:-8, %r14
	call	bench.add
	movq	%rax, 0x30(%rsp)
	movq	0x10(%rsp), %rbp
	addq	$0x18, %rsp
	ret
	.size	gowrap_add, .-gowrap_add

/* ABI0 assembly callees: the same work with no wrapper.  */
	.globl	asm_add
	.type	asm_add, @function
asm_add:
	movq	8(%rsp), %rax
	addq	16(%rsp), %rax
	movq	%rax, 24(%rsp)
	ret
	.size	asm_add, .-asm_add

	.globl	asm_add8
	.type	asm_add8, @function
asm_add8:
	movq	8(%rsp), %rax
	addq	16(%rsp), %rax
	addq	24(%rsp), %rax
	addq	32(%rsp), %rax
	addq	40(%rsp), %rax
	addq	48(%rsp), %rax
	addq	56(%rsp), %rax
	addq	64(%rsp), %rax
	movq	%rax, 72(%rsp)
	ret
	.size	asm_add8, .-asm_add8

	.globl	asm_add10
	.type	asm_add10, @function
asm_add10:
	movsd	8(%rsp), %xmm0
	addsd	16(%rsp), %xmm0
	addsd	24(%rsp), %xmm0
	addsd	32(%rsp), %xmm0
	addsd	40(%rsp), %xmm0
	addsd	48(%rsp), %xmm0
	addsd	56(%rsp), %xmm0
	addsd	64(%rsp), %xmm0
	addsd	72(%rsp), %xmm0
	addsd	80(%rsp), %xmm0
	movsd	%xmm0, 88(%rsp)
	ret
	.size	asm_add10, .-asm_add10

	.globl	asm_mk3
	.type	asm_mk3, @function
asm_mk3:
	movq	8(%rsp), %rax
	movq	%rax, 16(%rsp)
	incq	%rax
	movq	%rax, 24(%rsp)
	incq	%rax
	movq	%rax, 32(%rsp)
	ret
	.size	asm_mk3, .-asm_mk3
	.section .note.GNU-stack,"",@progbits

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
