/* test-options.c - the plugin's option keys.  */
#include "unit.h"
#include "linkname/options.h"

void
test_options (void)
{
  struct ln_options o = { 0 };
  char err[256];
  CHECK (ln_options_apply (&o, "linkname", "gccgo-strict", NULL, err,
			   sizeof err) == 0);
  CHECK (o.gccgo_strict == 1);
  CHECK (ln_options_apply (&o, "linkname", "help", NULL, err, sizeof err) == 0);
  CHECK (o.help == 1);
  CHECK (ln_options_apply (&o, "linkname", "version", NULL, err, sizeof err)
	 == 0);
  CHECK (o.version == 1);
  CHECK (ln_options_apply (&o, "linkname", "bogus", NULL, err, sizeof err)
	 != 0);
  CHECK_STR (err, "unknown option '-fplugin-arg-linkname-bogus'; "
		  "'-fplugin-arg-linkname-help' lists the options");
  CHECK (ln_options_apply (&o, "lnk", "help", "yes", err, sizeof err) != 0);
  CHECK_STR (err, "option '-fplugin-arg-lnk-help' takes no value (got 'yes')");
  CHECK_CONTAINS (ln_help_text, "gccgo-strict");
  CHECK_CONTAINS (ln_help_text, LN_VERSION);
}
