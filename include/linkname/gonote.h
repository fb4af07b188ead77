/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* gonote.h - what the plugin records in the object about each linknamed
   function it defines (x86-64), so that linkname-go can write the Go side
   from the object alone: a compile served by ccache or another machine
   gives the same Go files.

   Each unit has one ELF note (SHT_NOTE, not allocated: it takes no room
   in a program) in section LN_GONOTE_SECTION, owner LN_GONOTE_NAME, type
   LN_GONOTE_TYPE, present when the unit defines a linknamed function
   and makes ABI0 thunks (x86-64, not -fplugin-arg-linkname-abi0=no):
   with thunks off no binding can call the functions, and the unit pays
   nothing for notes.  The plugin writes it to the assembler output at
   the end of the unit (PLUGIN_FINISH_UNIT), once every function has
   been compiled, since the class is read from the final code: it is in
   the object cc1 makes, wherever it runs (ccache, distcc), and in a fat
   -flto object; a slim -flto object, whose code and thunks are made at
   link time, has none (linkname-go refuses it and says why), nor has
   what lto1 makes.  ld concatenates the notes of
   the objects it links.

   Its descriptor is NUL-terminated text, one record per line, fields
   separated by tabs: the records of every struct and union the
   functions use, then each function, its func line first:

     linkname-go <format version>
     type   ID  NAME  s|u  SIZE  ALIGN  CTYPE     each struct or union used
     field  ID  NAME  OFFSET  ENC  CTYPE          its members, in order
     func   SYMBOL  THUNK  WHY          THUNK: "=" for SYMBOL.abi0, "-"
                                        for none, and WHY says why
     arg    NAME    ENC  CTYPE  [LOC]  one per parameter, in order
     res    ENC     CTYPE  [LOC]       absent for void
     class  KIND    BOUND  WHY         the call class (below); absent: block
     nofault                           bounded, and nothing in its code
                                       or what it calls can fault or
                                       trap (below)
     fault  WHY                        bounded, and what may fault
     entry  BOUND                      the Go entry SYMBOL.goentry (below),
                                       when both it and the function are
                                       bounded
     lang   LANG                       once, among the first function's
                                       lines, in a C++ unit: GCC's name
                                       for its front end ("GNU C++"), so
                                       that a program linking the object
                                       gets the C++ runtime (linkname-go:
                                       -lstdc++ -lm, as g++ links)

   Format 1 (one note a function, no "=") is format 2 with one function;
   format 2 is format 3 with entries of another register contract (four
   pointers: m.vdsoSP twice, m.locks, the frame).  linkname-go reads all
   three, and uses only format 3's entry lines.

   ENC, a C type as the Go side needs it:
     i1 i2 i4 i8 / u1 u2 u4 u8   integers (and enums) by size and sign
     b   _Bool      f4 f8   float, double      x8 x16   _Complex
     U   size_t, uintptr_t (Go uintptr)   I   ssize_t, ptrdiff_t, intptr_t
     P   a pointer to void, a function or an incomplete type
     pE  a pointer to E      aN_E  an array of N E      sID  type record ID
     !REASON   a type that has no Go form, and why
   NAME and CTYPE are for messages and names only.

   LOC (with a thunk only): where GCC passes the value, in abi0.h's text
   form (ln_place_format): "di@0:8,xmm0@8:4", "s16+8", "m:di", "-".

   KIND, what the compiled function may do, as the plugin proves it from
   GCC's data (the stub the Go side writes depends on it):
     bounded   a leaf needing at most BOUND bytes of stack
     leaf      a leaf, stack not bounded (BOUND 0)
     block     may block, call back or anything else (BOUND 0)
   WHY says why (the callee, the alloca, the override); for bounded, the
   deepest call chain.  The rules: linkname/callclass.h and the manual
   ("Call classes").

   The entry line (-fplugin-arg-linkname-go-entry, which linkname-go
   passes): the object defines SYMBOL.goentry, the function inlined into
   an entry that a Go stub jumps to (plugin/gcc/goentry.cc), which needs
   at most BOUND bytes of stack; no line, no entry for Go to use.  A
   linkname-go that does not know the line skips it.

   The nofault line: GCC's may_trap_or_fault_p holds for no instruction
   of the function's final code nor of any function it calls (all
   compiled in the unit: a call to any other function, libc's included,
   may fault), so its code raises no signal of its own (SIGSEGV, SIGBUS,
   SIGFPE, SIGILL).  A Go stub then sets no m.mallocing (which makes
   such a signal cgo's fatal error) and passes the entry a null pointer
   for it: the entries of objects that may carry the line clear
   m.mallocing only through a pointer that is not null.  The line's
   absence is always safe; a linkname-go that does not know it sets
   m.mallocing and passes its address, as before.  A bounded function
   without it has a fault line instead, for linkname-go -v: the first
   thing found that may fault ("a load or store that may fault (line
   12)", "calls memcpy (in helper)").  */
#ifndef LINKNAME_GONOTE_H
#define LINKNAME_GONOTE_H

#define LN_GONOTE_SECTION ".note.linkname"
#define LN_GONOTE_NAME "linkname"
#define LN_GONOTE_TYPE 1
#define LN_GONOTE_VERSION 3
#define LN_GOENTRY_SUFFIX ".goentry"

#endif
