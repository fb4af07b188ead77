/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* symabis.h - Go's symabis files (go tool asm -gensymabis): which symbols
   assembly defines and references, and under which ABI.

     def SYMBOL ABI     assembly defines SYMBOL with ABI (ABI0, ABIInternal)
     ref SYMBOL ABI     assembly references SYMBOL with ABI
     # comment, blank lines

   A symbol written "".name belongs to the package being compiled; its
   path comes from -fplugin-arg-linkname-pkgpath.

   The same lines can come through the preprocessor, one pragma each, so
   that a generated header carries them and every build tool that sees
   the preprocessed unit (make's dependencies, ccache, distcc) sees a
   change:

     #pragma linkname_symabis def asm.sum3 ABI0
     #pragma linkname_symabis ref "".helper ABI0
     #pragma linkname_symabis def "example.com/m/pkg.F" ABI0

   Touching tokens make one field (asm.sum3, "".helper), as in
   '#pragma linkname'; a field that is one string literal is its
   contents.  */
#ifndef LINKNAME_SYMABIS_H
#define LINKNAME_SYMABIS_H

#include <stddef.h>

#include "linkname/directive.h"

#ifdef __cplusplus
extern "C" {
#endif

enum ln_symabi
{
  LN_DEF_ABI0 = 1u << 0,
  LN_REF_ABI0 = 1u << 1,
  LN_DEF_ABIINTERNAL = 1u << 2,
  LN_REF_ABIINTERNAL = 1u << 3
};

struct ln_symabis;

/* Parse TEXT (LEN bytes) read from FILE.  PKGPATH replaces the "" of
   local symbols (may be NULL).  Returns NULL with a message naming FILE
   and the line in ERR on a malformed line or when out of memory.  */
struct ln_symabis *ln_symabis_parse (const char *file, const char *text,
				     size_t len, const char *pkgpath,
				     char *err, size_t errlen);
void ln_symabis_free (struct ln_symabis *s);

/* Called for each malformed line: its number LINE (from 1), the byte
   column COL (from 1) of the field MESSAGE is about.  */
typedef void (*ln_symabis_report) (void *ctx, unsigned line, unsigned col,
				   const char *message);
/* Parse TEXT (LEN bytes), the lines of a symabis file, reporting every
   malformed line to REPORT (with CTX) and counting them in *NBAD; the
   good lines are in the set returned.  NULL when out of memory.  */
struct ln_symabis *ln_symabis_read (const char *text, size_t len,
				    const char *pkgpath,
				    ln_symabis_report report, void *ctx,
				    unsigned *nbad);

/* An empty set; NULL when out of memory.  */
struct ln_symabis *ln_symabis_new (void);

/* Add the line that the N tokens after '#pragma linkname_symabis' spell
   to S.  0, or nonzero with the message in ERR and the index of the
   token it is about in *ERR_TOKEN (N when it is about the whole
   pragma).  */
int ln_symabis_add_pragma (struct ln_symabis *s, const struct ln_token *toks,
			   size_t n, const char *pkgpath, char *err,
			   size_t errlen, size_t *err_token);

/* The usage line of the pragma.  */
#define LN_SYMABIS_USAGE                                                  \
  "usage: #pragma linkname_symabis def|ref SYMBOL ABI0|ABIInternal"

/* enum ln_symabi bits for SYMBOL; 0 when the file does not name it.  */
unsigned ln_symabis_lookup (const struct ln_symabis *s, const char *symbol);

#ifdef __cplusplus
}
#endif

#endif
