/* An interrupt handler cannot be called: no thunk.  */
/* { dg-do assemble { target x86_64-*-* } } */
/* { dg-options "-O2 -mgeneral-regs-only" } */
struct interrupt_frame;
__attribute__ ((interrupt)) void isr (struct interrupt_frame *f) { (void) f; }
#pragma linkname isr pkg.isr /* { dg-warning "no ABI0 thunk for 'pkg.isr': it is an interrupt handler" } */
/* { dg-final { no-symbol "pkg.isr.abi0" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
