/* gcc-compat.h - every GCC header the plugin needs, in the order GCC
   demands, and every difference between the GCC versions we build for
   (11 and 12).  No other file includes a GCC header directly.  */
#ifndef LINKNAME_GCC_COMPAT_H
#define LINKNAME_GCC_COMPAT_H

#include "gcc-plugin.h" /* must come first (gccint, "Plugin API") */
#include "bversion.h"
#include "tree.h"
/* c-common.h must precede diagnostic-core.h, or the diagnostic format
   checker refuses the C front end's extensions.  */
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "diagnostic-core.h"
#include "cgraph.h"
#include "stringpool.h"
#include "attribs.h"
#include "varasm.h"
#include "tm_p.h" /* the target's own queries (i386-protos.h) */
#include "function.h" /* aggregate_value_p */
#include "builtins.h"
#include "tree-pretty-print.h"
#include "langhooks.h"
#include "cpplib.h"

#if BUILDING_GCC_MAJOR < 11
#error "linkname needs the plugin headers of GCC 11 or later"
#endif

/* Front-end entry points, weak so that the same .so loads into lto1 (and
   any driver without the C family front end) when -fplugin= is on the
   link line: GCC dlopens plugins with RTLD_NOW.  They are only called
   from callbacks registered in the C front end.  */
extern tree identifier_global_value (tree) __attribute__ ((weak));
extern void c_register_pragma (const char *, const char *,
			       pragma_handler_1arg) __attribute__ ((weak));
extern enum cpp_ttype pragma_lex (tree *, location_t *) __attribute__ ((weak));
extern const char *cpp_type2name (enum cpp_ttype, unsigned char)
  __attribute__ ((weak));
extern const cpp_token *cpp_peek_token (cpp_reader *, int)
  __attribute__ ((weak));
/* --output-pch=FILE: the unit is a header written as a PCH.  */
extern const char *pch_file __attribute__ ((weak));

#endif
