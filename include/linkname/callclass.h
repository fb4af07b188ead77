/* callclass.h - the call class of a linknamed function (gonote.h's
   `class' line), decided from facts GCC gives about the compiled
   functions of the unit: what each one calls, its frame, what in its
   body defeats the proof.  No GCC headers: the GCC layer
   (plugin/gcc/callclass.cc) gathers the facts, this decides.

   SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   The classes (doc/linkname.texi, "Call classes"):
     bounded  calls nothing that may block or call back, and needs at
	      most BOUND bytes of stack, counted from the return address
	      the caller pushes: the sum of the frames down the deepest
	      call chain (each frame as -fstack-usage counts it, return
	      address included, plus what the function pushes and its
	      bounded dynamic allocations), LN_CC_LIBC_MARGIN for a call
	      to a libc function of the list at the end of a chain, and
	      the SysV red zone (LN_CC_RED_ZONE) below the deepest frame;
     leaf     calls nothing that may block or call back, stack not
	      bounded (a libc call whose stack use is not known, or an
	      override);
     block    everything else: a call outside the unit to a function not
	      on the list, a call through a pointer, inline asm, a body not
	      compiled here, and, unless overridden, recursion, alloca and
	      variable-length arrays.  */
#ifndef LINKNAME_CALLCLASS_H
#define LINKNAME_CALLCLASS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum ln_call_kind
{
  LN_CALL_BLOCK = 0,
  LN_CALL_LEAF,
  LN_CALL_BOUNDED
};

/* gonote.h's spelling: "block", "leaf", "bounded".  */
const char *ln_call_kind_name (enum ln_call_kind kind);
/* The kind spelled S, or -1.  */
int ln_call_kind_parse (const char *s);

/* The SysV x86-64 red zone: a leaf may use this much below its SP.  */
#define LN_CC_RED_ZONE 128
/* What a call to a libc function of the bounded list may use: the
   functions themselves use little (glibc's string functions are
   assembly without a frame), but the first call through a lazily bound
   PLT entry runs the dynamic linker's resolver, which saves the
   extended register state (about 3 KiB with AVX-512) and looks the
   symbol up.  */
#define LN_CC_LIBC_MARGIN 4096

/* What a proof may do with a call to NAME outside the unit.  */
enum ln_cc_libc
{
  LN_CC_LIBC_NO = 0,	 /* may block or call back: the caller blocks */
  LN_CC_LIBC_BOUNDED,	 /* never blocks, stack within LN_CC_LIBC_MARGIN */
  LN_CC_LIBC_UNBOUNDED	 /* never blocks, stack use not known: leaf */
};
enum ln_cc_libc ln_cc_libc (const char *name);
/* The list (for the manual and its test): NULL-terminated.  */
extern const char *const ln_cc_libc_bounded[];
extern const char *const ln_cc_libc_unbounded[];

/* The facts of one unit.  */
struct ln_cc_graph;

struct ln_cc_graph *ln_cc_new (void);
void ln_cc_free (struct ln_cc_graph *g);

/* Add the compiled function NAME (its symbol) with its FRAME in bytes
   (-1: not known); 0 or -1 when out of memory.  Later facts name it.  */
int ln_cc_add_func (struct ln_cc_graph *g, const char *name, long long frame);
/* NAME calls CALLEE (a symbol; NULL: through a pointer).  */
int ln_cc_add_call (struct ln_cc_graph *g, const char *name,
		    const char *callee);
/* Something in NAME's body that may block (WHY: "inline asm").  */
int ln_cc_add_blocker (struct ln_cc_graph *g, const char *name,
		       const char *why);
/* Something in NAME's body that leaves its stack unbounded (WHY:
   "alloca", "a variable-length array 'buf'").  */
int ln_cc_add_dynamic (struct ln_cc_graph *g, const char *name,
		       const char *why);
/* Something in NAME's body that may fault or trap (WHY: "a load or
   store that may fault (line 12)", "a division that may trap").  */
int ln_cc_add_fault (struct ln_cc_graph *g, const char *name,
		     const char *why);
/* An override (linkname_call): KIND is LN_CALL_LEAF or LN_CALL_BLOCK.  */
int ln_cc_set_override (struct ln_cc_graph *g, const char *name,
			enum ln_call_kind kind);

struct ln_cc_result
{
  enum ln_call_kind kind;
  unsigned long long bound; /* LN_CALL_BOUNDED: bytes, else 0 */
  char why[256];		   /* never a tab or a newline */
  /* Why the function would block without its override ("calls read,
     which may block or call back"); empty when it would not.  For the
     override's warning.  */
  char blocker[256];
  /* LN_CALL_BOUNDED: why the function, or something it calls, may
     fault or trap (a load through a pointer, a division, any call to
     a function not compiled here); empty when nothing can: its code
     then raises no synchronous signal, and a Go stub needs no
     m.mallocing to make one fatal (gonote.h's nofault line).  */
  char fault[256];
};

/* Decide NAME's class.  A name that was never added: block, "its body
   was not compiled here" (NOT_COMPILED, when not NULL, replaces that
   reason).  */
void ln_cc_classify (struct ln_cc_graph *g, const char *name,
		     const char *not_compiled, struct ln_cc_result *out);

#ifdef __cplusplus
}
#endif

#endif
