/* extend-regs.S - for extend-main.c: the strong definitions of its weak
   functions, each returning its first argument register whole.  */
	.text
#define RAW(sym) \
	.globl	sym; .type sym, @function; sym: movq %rdi, %rax; ret; .size sym, .-sym
RAW(test.sc)
RAW(test.uc)
RAW(test.ss)
RAW(test.us)
RAW(test.si)
RAW(test.ui)
	.section .note.GNU-stack,"",@progbits

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
