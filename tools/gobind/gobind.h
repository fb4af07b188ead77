/* gobind.h - the Go side of C functions called from gc (linkname-go).

   Input: the notes the plugin records in objects (gonote.h), one per
   linknamed function defined on x86-64.  Output: a Go file of
   declarations and types, and a Go assembly file of stubs that run each
   C function on the thread's system stack through its ABI0 thunk.

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

/* The suffix a bound C function's symbol gets in the .syso; its thunk
   gets LG_C_SUFFIX LN_ABI0_SUFFIX.  */
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
  const char *package;	   /* the Go package name */
  const char *generator;   /* named in the header ("linkname-go a.c") */
  int goroutine_stack;	   /* run C on the goroutine's stack: unsafe,
			      for benchmarks only */
};

/* Write the Go file and the assembly file.  0 on success; else -1, and
   *ERRORS (malloc'd) holds one line per problem, each naming the
   function, and for a type the parameter and the C type.  */
int lg_generate (struct lg_bind *g, const struct lg_options *opts,
		 char **go_text, char **asm_text, char **errors);

/* After a successful lg_generate: the number of symbols to rename in
   the objects, and the I'th old and new name.  */
size_t lg_rename_count (const struct lg_bind *g);
void lg_rename (const struct lg_bind *g, size_t i, const char **from,
		const char **to);

#ifdef __cplusplus
}
#endif

#endif
