/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   Only toplevel asm references the target_clones dispatcher (as the ABI0
   thunk and a Go caller do), which LTO does not see: under -flto the
   dispatcher must stay global, or pkg.tc is undefined at the link.  The
   dispatcher is called through a pointer that the asm holds.  */
/* { dg-do run { target x86_64-*-* } } */
/* { dg-require-native "" } */
/* { dg-require-lto-dispatcher "" } */
/* { dg-additional-sources "tclones-lib.c" } */
__asm__ (".section .data.rel.ro,\"aw\"\n"
	 "\t.p2align 3\n"
	 "\t.globl tclones_ptr\n"
	 "\t.hidden tclones_ptr\n"
	 "tclones_ptr:\n"
	 "\t.quad pkg.tc\n"
	 "\t.quad pkg.tc.abi0\n"
	 "\t.previous");
extern int (*const tclones_ptr[2]) (int);
int
main (void)
{
  return tclones_ptr[0] (21) != 42;
}
