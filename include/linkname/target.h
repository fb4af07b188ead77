/* target.h - which symbol names the GNU assembler takes unquoted, and
   gccgo's identifier encoding (used to suggest a spelling that does).  */
#ifndef LINKNAME_TARGET_H
#define LINKNAME_TARGET_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 0 when TARGET can be emitted as an ELF symbol name by GCC.  Otherwise
   nonzero, with a sentence saying what is wrong and what to do in WHY.  */
int ln_target_check (const char *target, char *why, size_t whylen);

/* gccgo's go_encode_id for one component: [A-Za-z0-9] kept, '_' doubled,
   '.' '/' '*' ',' '{' '}' '[' ']' '(' ')' '"' ' ' ';' as _0.._9 _a _b _c,
   other bytes _xNN, a leading digit _xNN.  Writes at most OUTLEN bytes
   including the NUL; returns the full length needed (like snprintf).  */
size_t ln_gccgo_encode_component (const char *in, size_t inlen, char *out,
				  size_t outlen);

/* The assembler name gccgo gives IMPORT/PATH.Name (or .Type.Method): the
   package path encoded as one component, the rest split at dots.  */
size_t ln_gccgo_mangle (const char *goname, char *out, size_t outlen);

#ifdef __cplusplus
}
#endif

#endif
