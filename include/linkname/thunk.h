/* thunk.h - the GNU as text of an x86-64 ABI0 entry thunk: a function
   callable with Go's stack-based ABI0 convention that calls a SysV C
   function.  */
#ifndef LINKNAME_THUNK_H
#define LINKNAME_THUNK_H

#include "linkname/abi0.h"

#ifdef __cplusplus
extern "C" {
#endif

struct ln_thunk_options
{
  int endbr64;		   /* -fcf-protection=branch: landing pad first */
  int own_section;	   /* -ffunction-sections: .text.THUNK */
  const char *visibility;  /* NULL, "hidden", "protected", "internal" */
};

/* The suffix Go's tools print for ABI0 wrappers (cmd/link mangleABIName).  */
#define LN_ABI0_SUFFIX ".abi0"

/* Assembler text defining THUNK, which calls TARGET as PLAN says.
   malloc'd; NULL when out of memory.  */
char *ln_thunk_text (const char *thunk, const char *target,
		     const struct ln_signature *sig,
		     const struct ln_call_plan *plan,
		     const struct ln_thunk_options *opts);

#ifdef __cplusplus
}
#endif

#endif
