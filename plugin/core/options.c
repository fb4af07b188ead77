/* options.c - the plugin's options, checked without GCC so that unit
   tests can cover every key and every misuse.  */
#include "linkname/options.h"

#include <stdio.h>
#include <string.h>

const char ln_help_text[] =
  "linkname " LN_VERSION ": gccgo's //go:linkname for C\n"
  "  #pragma linkname LOCAL [TARGET]      push a definition / pull a declaration\n"
  "  __attribute__((linkname(\"TARGET\")))  the same on a declaration\n"
  "options (-fplugin-arg-linkname-KEY):\n"
  "  help           print this text\n"
  "  version        print the plugin version\n"
  "  gccgo-strict   gccgo 12's rule: only functions may be linknamed\n"
  "  abi0=yes|no|strict\n"
  "                 x86-64: give each linknamed definition an ABI0 entry thunk\n"
  "                 TARGET.abi0 (default yes; strict: error when impossible)\n";

struct key
{
  const char *name;
  int *(*field) (struct ln_options *);
};

static int *help_field (struct ln_options *o) { return &o->help; }
static int *version_field (struct ln_options *o) { return &o->version; }
static int *strict_field (struct ln_options *o) { return &o->gccgo_strict; }

static const struct key keys[] = {
  { "help", help_field },
  { "version", version_field },
  { "gccgo-strict", strict_field },
};

static int
apply_abi0 (struct ln_options *o, const char *plugin, const char *value,
	    char *err, size_t errlen)
{
  static const char *const names[] = { "yes", "no", "strict" };
  for (int i = 0; value && i < 3; i++)
    if (strcmp (value, names[i]) == 0)
      {
	o->abi0 = (enum ln_abi0_mode) i;
	return 0;
      }
  snprintf (err, errlen,
	    "option '-fplugin-arg-%s-abi0' takes yes, no or strict (got '%s')",
	    plugin, value ? value : "nothing");
  return 1;
}

int
ln_options_apply (struct ln_options *o, const char *plugin, const char *key,
		  const char *value, char *err, size_t errlen)
{
  if (strcmp (key, "abi0") == 0)
    return apply_abi0 (o, plugin, value, err, errlen);
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    {
      if (strcmp (key, keys[i].name) != 0)
	continue;
      if (value)
	{
	  snprintf (err, errlen,
		    "option '-fplugin-arg-%s-%s' takes no value (got '%s')",
		    plugin, key, value);
	  return 1;
	}
      *keys[i].field (o) = 1;
      return 0;
    }
  snprintf (err, errlen,
	    "unknown option '-fplugin-arg-%s-%s'; "
	    "'-fplugin-arg-%s-help' lists the options",
	    plugin, key, plugin);
  return 1;
}
