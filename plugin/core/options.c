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
  "  gccgo-strict   gccgo 12's rule: only functions may be linknamed\n";

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

int
ln_options_apply (struct ln_options *o, const char *plugin, const char *key,
		  const char *value, char *err, size_t errlen)
{
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
