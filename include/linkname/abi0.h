/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* abi0.h - Go's amd64 ABI0 frame layout and where GCC passes each value
   of a C signature: what an ABI0 entry thunk needs to move arguments
   between Go's stack frame and SysV registers.

   The GCC layer describes each parameter and the result as plain data (a
   size, an alignment, a kind) and says where GCC's own target hooks put
   it (struct ln_place); nothing here classifies.  */
#ifndef LINKNAME_ABI0_H
#define LINKNAME_ABI0_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a parameter or result is, as far as moving it needs: a scalar
   integer is sign- or zero-extended to 32 bits when loaded into a
   general register (GCC and clang callers do so), a float is not, an
   aggregate (struct, union, array, _Complex) moves byte-exactly.  */
enum ln_kind
{
  LN_KIND_SINT,	     /* signed integer or enum */
  LN_KIND_UINT,	     /* unsigned integer, _Bool, pointer */
  LN_KIND_FLOAT,     /* float (4) or double (8) */
  LN_KIND_AGGREGATE, /* struct, union, array, _Complex */
};

/* A parameter or result type: its size and alignment in Go's frame.  */
struct ln_type
{
  unsigned size, align;
  enum ln_kind kind;
};

/* --- Locations: where GCC passes a value ------------------------------

   The seam between the GCC layer and everything that moves values (the
   thunks, thunk.c; linkname-go's stubs, through the object note): for
   each parameter and the result, the registers GCC's own target hooks
   put it in (function_arg / function_arg_advance with the function's
   cumulative-args state, function_value, return_in_memory), or its
   stack slot.  Nothing downstream classifies; it moves what it is told.

   Registers are named as GCC's x86-64 reg_names[] names them ("di",
   "xmm0", "r8"), the width coming from the piece's size.  */
enum ln_reg
{
  LN_REG_NONE = 0,
  LN_RAX, LN_RBX, LN_RCX, LN_RDX, LN_RSI, LN_RDI, LN_RBP, LN_RSP,
  LN_R8, LN_R9, LN_R10, LN_R11, LN_R12, LN_R13, LN_R14, LN_R15,
  LN_XMM0, LN_XMM1, LN_XMM2, LN_XMM3, LN_XMM4, LN_XMM5, LN_XMM6, LN_XMM7,
  LN_XMM8, LN_XMM9, LN_XMM10, LN_XMM11, LN_XMM12, LN_XMM13, LN_XMM14,
  LN_XMM15,
  LN_NREGS
};

/* GCC's name of R ("di", "xmm3"), NULL for LN_REG_NONE or out of range;
   and the register GCC's NAME is, LN_REG_NONE when none of ours.  */
const char *ln_reg_name (enum ln_reg r);
enum ln_reg ln_reg_by_name (const char *name);
/* An SSE register?  */
int ln_reg_is_sse (enum ln_reg r);

/* One register's share of a value: bytes [OFFSET, OFFSET+SIZE) of the
   value are in REG's low SIZE bytes (an SSE register: 4 is movss, 8
   movsd/movq, as GCC's mode for the piece is SF/DF/DI/V2SF...).  */
struct ln_piece
{
  enum ln_reg reg;
  unsigned offset, size;
};

#define LN_MAX_PIECES 4

enum ln_place_kind
{
  LN_PLACE_NONE = 0, /* void, or an empty aggregate: nothing moves */
  LN_PLACE_REGS,	   /* PIECES */
  LN_PLACE_STACK,	   /* an argument at STACK_OFFSET in the outgoing area
		      (0: the first stack argument, 8(%rsp) at the
		      callee's entry), STACK_SIZE bytes reserved */
  LN_PLACE_MEMORY	   /* a result returned in memory: the caller passes its
		      address in PIECES[0].REG (the hidden argument) and
		      gets it back in %rax */
};

struct ln_place
{
  enum ln_place_kind kind;
  unsigned npieces;
  struct ln_piece pieces[LN_MAX_PIECES];
  unsigned stack_offset, stack_size;
};

/* LOC as text, for notes and messages: "-" (none), "s16+8" (stack at
   16, 8 bytes), "m:di" (memory through the pointer in %rdi),
   "di@0:8,xmm0@8:4" (pieces: register@offset:size).  Returns the length
   it needs, like snprintf; BUF always NUL-terminated when LEN > 0.  */
int ln_place_format (const struct ln_place *loc, char *buf, size_t len);
/* The reverse; 0 on success, -1 on a malformed text.  */
int ln_place_parse (const char *text, struct ln_place *loc);

#define LN_MAX_PARAMS 128

struct ln_signature
{
  unsigned nparams;
  struct ln_type params[LN_MAX_PARAMS];
  /* Where each parameter travels and the result comes back: from GCC's
     hooks (the GCC layer fills them).  */
  struct ln_place param_locs[LN_MAX_PARAMS];
  struct ln_place result_loc;
  int has_result;
  struct ln_type result;
};

/* The Go ABI0 frame of a signature and the SysV stack area its
   locations ask for.  */
struct ln_call_plan
{
  unsigned abi0_offset[LN_MAX_PARAMS]; /* each parameter's offset in Go's
					  frame, from the first argument */
  unsigned result_offset; /* Go frame offset of the result */
  unsigned frame_size;	  /* Go argument+result area, 8-aligned */
  unsigned stack_bytes;	  /* outgoing SysV stack arguments, 8-aligned */
};

/* Lay out SIG's Go ABI0 frame and its SysV stack area from its
   locations, which it checks: every piece a register of ours inside its
   value (at most 8 bytes; a scalar in one piece at 0), stack slots
   8-aligned and large enough, a result in memory through a general
   register.  0 on success, -1 when a location is not one the thunks can
   move.  */
int ln_plan_call (const struct ln_signature *sig, struct ln_call_plan *plan);

#ifdef __cplusplus
}
#endif

#endif
