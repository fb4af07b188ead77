/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* mangle.h - gccgo 12's assembler names for Go names (gofrontend's
   go-encode-id.cc and names.cc), so that C can name gccgo symbols in Go's
   own spelling: example.com/gofn.Sub -> example_0com_1gofn.Sub.  */
#ifndef LINKNAME_MANGLE_H
#define LINKNAME_MANGLE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Returned by ln_gccgo_mangle for a name it cannot split.  */
#define LN_MANGLE_ERROR ((size_t) -1)

/* go_encode_id for one component of INLEN bytes: [A-Za-z0-9] kept; '_'
   '.' '/' '*' ',' '{' '}' '[' ']' '(' ')' '"' ' ' ';' as __ _0 _1 ... _9
   _a _b _c; other ASCII as _xNN; a UTF-8 rune as _uNNNN (below U+10000)
   or _UNNNNNNNN; a leading digit as _xNN.  Bytes that are not valid
   UTF-8 (gccgo's lexer never lets them through) are _xNN each.  Writes
   at most OUTLEN bytes including the NUL; returns the length needed, as
   snprintf does.  */
size_t ln_gccgo_encode_id (const char *in, size_t inlen, char *out,
			   size_t outlen);

/* The assembler name gccgo gives the Go name GONAME, written as gc
   writes it: IMPORT/PATH.Name, IMPORT/PATH.Type.Method,
   IMPORT/PATH.(*Type).Method (gccgo: PATH.Type.Method, the receiver's
   type alone), or a closure F.funcN or Type.Method.funcN (gccgo:
   F..funcN; gc's nested closures F.funcN.M are refused, gccgo numbers
   them differently).  A method named funcN is written with its pointer
   receiver, or in gccgo's spelling under mangle=none.  The package
   path runs to the first '.' after its last '/'; a '.' inside the last
   path element is written %2e, as gc's symbol names do
   (gopkg.in/yaml%2ev2.Marshal), and any %XX there is decoded.  From a
   ".." on, the rest is a special suffix that gccgo does not encode
   (pkg.F..f).  The path and each component are encoded and joined by
   '.'.  A name without a '.' is not a Go name and is returned as is.
   Returns the length needed (as snprintf), or LN_MANGLE_ERROR with the
   reason in WHY.  */
size_t ln_gccgo_mangle (const char *goname, char *out, size_t outlen,
			char *why, size_t whylen);

/* As ln_gccgo_mangle, but into a malloc'd string; NULL with WHY set on
   error (or "out of memory").  */
char *ln_gccgo_mangle_dup (const char *goname, char *why, size_t whylen);

/* gccgo's name for the package-level LOCAL of package PKGPATH, which the
   one-argument //go:linkname exports: PKGPATH and LOCAL encoded, joined
   by '.'.  PKGPATH is taken as -fgo-pkgpath takes it (no %XX).  A
   malloc'd string, or NULL when out of memory.  */
char *ln_gccgo_default_name (const char *pkgpath, const char *local);

#ifdef __cplusplus
}
#endif

#endif
