/* symabis.h - Go's symabis files (go tool asm -gensymabis): which symbols
   assembly defines and references, and under which ABI.

     def SYMBOL ABI     assembly defines SYMBOL with ABI (ABI0, ABIInternal)
     ref SYMBOL ABI     assembly references SYMBOL with ABI
     # comment, blank lines

   A symbol written "".name belongs to the package being compiled; its
   path comes from -fplugin-arg-linkname-pkgpath.  */
#ifndef LINKNAME_SYMABIS_H
#define LINKNAME_SYMABIS_H

#include <stddef.h>

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

/* enum ln_symabi bits for SYMBOL; 0 when the file does not name it.  */
unsigned ln_symabis_lookup (const struct ln_symabis *s, const char *symbol);

#ifdef __cplusplus
}
#endif

#endif
