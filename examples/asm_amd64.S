/* asm_amd64.S - Go-style ABI0 assembly for the demo: it calls C through
   the plugin's ABI0 thunk, and C calls it through a SysV-to-ABI0 thunk
   (symabis.txt lists it).

   func sum3(a, b, c int64) int64 { return add(add(a, b), c) }
   where add is C's static add, pushed as runtime.add (runtime.add.abi0).  */
	.text
	.globl	asm.sum3
	.type	asm.sum3, @function
asm.sum3:
	subq	$24, %rsp		/* frame for add(x, y) int64 */
	movq	32(%rsp), %rax		/* a */
	movq	%rax, 0(%rsp)
	movq	40(%rsp), %rax		/* b */
	movq	%rax, 8(%rsp)
	call	runtime.add.abi0
	movq	16(%rsp), %rax		/* add(a, b) */
	movq	%rax, 0(%rsp)
	movq	48(%rsp), %rax		/* c */
	movq	%rax, 8(%rsp)
	call	runtime.add.abi0
	movq	16(%rsp), %rax
	addq	$24, %rsp
	movq	%rax, 32(%rsp)		/* result, after the three arguments */
	ret
	.size	asm.sum3, .-asm.sum3
	.section .note.GNU-stack,"",@progbits

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
