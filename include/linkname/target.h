/* target.h - which symbol names the GNU assembler takes unquoted.  */
#ifndef LINKNAME_TARGET_H
#define LINKNAME_TARGET_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 0 when TARGET can be emitted as an ELF symbol name by GCC.  Otherwise
   nonzero, with a sentence saying what is wrong and what to do in WHY.  */
int ln_target_check (const char *target, char *why, size_t whylen);

#ifdef __cplusplus
}
#endif

#endif
