/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* gobind.h - the Go side of C functions called from gc (linkname-go).

   Input: the notes the plugin records in objects (gonote.h), one per
   linknamed function defined on x86-64.  Output: Go files of
   declarations and types, and Go assembly stubs that call each C
   function as its call class (gonote.h) allows: 'block' through
   runtime.cgocall (cgo's guarantees), 'leaf' on the thread's system
   stack with the runtime's vDSO bookkeeping, 'bounded' on the
   goroutine's own stack when its bound fits, else as a leaf.  Files
   with build constraints make a build without cgo, for another
   architecture or (with leaf or bounded stubs) for a Go runtime whose
   layout was not verified fail at compile time with a message.

   Each function whose symbol's last '.'-separated element is a Go
   identifier becomes a Go function of that name.  The C symbols are
   renamed in the objects (SYMBOL..c, SYMBOL..c.abi0): gc loads a .syso's
   symbols into the namespace of Go's own ABI0 symbols, where the C
   function 'pkg.Add' would meet the stub 'pkg.Add'.  */
#ifndef LINKNAME_GOBIND_H
#define LINKNAME_GOBIND_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct lg_bind;

/* The suffix a bound C function's symbol gets in the .syso (then "."
   and the options' SYMKEY when there is one); its thunk gets
   LG_C_SUFFIX [".KEY"] LN_ABI0_SUFFIX.  */
#define LG_C_SUFFIX "..c"

struct lg_bind *lg_new (void);
void lg_free (struct lg_bind *g);

/* Add the descriptor text of one note, found in ORIGIN (a file name, for
   messages).  0, or -1 with a message in ERR when the text is not a note
   this version reads.  */
int lg_add_note (struct lg_bind *g, const char *text, const char *origin,
		 char *err, size_t errlen);

struct lg_options
{
  const char *package;	 /* the Go package name */
  const char *generator; /* named in the header ("linkname-go a.c") */
  const char *symkey;	 /* appended to every renamed symbol ("" or
			    NULL: none), unique per Go package, so that
			    two bindings of one C file link together */
  const char *const *errno_funcs; /* NULL-terminated Go names that also
				     return C's errno as an error */
  /* The C code's link flags (NULL-terminated; NULL: none), which the Go
     build hands the host linker as cgo's: LDFLAGS (-lm) and pkg-config
     package names (their --libs).  A package with Go assembly cannot use
     cgo, so they go into a cgo package of their own, LG_LIBS_DIR under
     the output directory, which the binding imports as LIBS_IMPORT (its
     import path; needed when either list is not empty, or a note's unit
     is C++: the C++ runtime goes there too).  */
  const char *const *ldflags;
  const char *const *pkgconfig;
  const char *libs_import;
};

#define LG_LIBS_DIR "internal/linknamelibs"

/* NAME can be a pkg-config package on a '#cgo pkg-config:' line: not
   empty, not an option, one word.  */
int lg_pkgconfig_name_ok (const char *name);

/* The Go runtime layouts the fast stubs are verified for (offsets in
   runtime.g and runtime.m read from each version's sources and DWARF).
   Fields every version shares are LG_G_* and LG_M_G0 below.  */
struct lg_layout
{
  const char *version; /* "go1.19": runtime.Version()'s prefix */
  const char *file;    /* "go119": in the generated files' names */
  const char *tag;     /* its build constraint */
  unsigned m_curg, m_mallocing, m_vdsosp;
  unsigned m_vdsopc; /* m_vdsosp + 8: the stubs set both in one store */
  unsigned m_signal_pending; /* m.signalPending: a preemption signal is
				underway (preemptM sends none then) */
};
extern const struct lg_layout lg_layouts[];
extern const size_t lg_nlayouts;
#define LG_G_STACK_LO 0
#define LG_G_STACK_HI 8
#define LG_G_M 48
#define LG_G_SCHED_SP 56
#define LG_M_G0 0
/* The room a bounded stub leaves below the C function's bound: the
   runtime's stack guard (928 bytes in Go 1.19 and 1.27, twice that
   under -race), the larger, so that a signal's sigpanic still fits.  */
#define LG_STACK_GUARD 1856

/* The files lg_generate writes, NAME relative to the output directory;
   LISTING is the -v text (one line per function: its class and why).  */
#define LG_MAX_FILES 16
struct lg_output
{
  size_t nfiles;
  char *names[LG_MAX_FILES], *texts[LG_MAX_FILES];
  char *listing;
};
void lg_output_free (struct lg_output *out);

/* Write the Go side into OUT.  0 on success; else -1, and *ERRORS
   (malloc'd) holds one line per problem, each naming the function, and
   for a type the parameter and the C type.  */
int lg_generate (struct lg_bind *g, const struct lg_options *opts,
		 struct lg_output *out, char **errors);

/* The text of the generated file NAME in OUT, or NULL.  */
const char *lg_output_file (const struct lg_output *out, const char *name);

/* Every file name lg_generate may write (NULL-terminated), so that
   linkname-go removes those of an earlier run it does not write now.  */
extern const char *const lg_all_files[];

/* After a successful lg_generate: the number of symbols to rename in
   the objects, and the I'th old and new name.  */
size_t lg_rename_count (const struct lg_bind *g);
void lg_rename (const struct lg_bind *g, size_t i, const char **from,
		const char **to);

#ifdef __cplusplus
}
#endif

#endif
