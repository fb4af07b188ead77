/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
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
  CHECK (ln_options_apply (&o, "linkname", "go-entry", NULL, err, sizeof err)
	 == 0);
  CHECK (o.go_entry == 1);
  CHECK (ln_options_apply (&o, "linkname", "go-entry", "1", err, sizeof err)
	 != 0);
  CHECK (ln_options_apply (&o, "linkname", "bogus", NULL, err, sizeof err)
	 != 0);
  CHECK_STR (err, "unknown option '-fplugin-arg-linkname-bogus'; "
		  "'-fplugin-arg-linkname-help' lists the options");
  CHECK (ln_options_apply (&o, "linkname", "mangel", "gccgo", err,
			   sizeof err) == LN_OPTIONS_UNKNOWN_KEY);
  /* The candidates for a suggestion, and the message with one.  */
  CHECK_STR (ln_options_key (0), "help");
  size_t nkeys = 0;
  while (ln_options_key (nkeys))
    nkeys++;
  CHECK (nkeys == 9);
  CHECK_STR (ln_options_key (nkeys - 1), "go-entry");
  ln_options_unknown ("linkname", "mangel", "gccgo", "mangle", err,
		      sizeof err);
  CHECK_STR (err, "unknown option '-fplugin-arg-linkname-mangel'; did you "
		  "mean '-fplugin-arg-linkname-mangle=gccgo'?");
  ln_options_unknown ("linkname", "gcgo-strict", NULL, "gccgo-strict", err,
		      sizeof err);
  CHECK_STR (err, "unknown option '-fplugin-arg-linkname-gcgo-strict'; did "
		  "you mean '-fplugin-arg-linkname-gccgo-strict'?");
  CHECK (ln_options_apply (&o, "lnk", "help", "yes", err, sizeof err) != 0);
  CHECK_STR (err, "option '-fplugin-arg-lnk-help' takes no value (got 'yes')");
  CHECK_CONTAINS (ln_help_text, "gccgo-strict");
  CHECK_CONTAINS (ln_help_text, "mangle=gccgo");
  CHECK_CONTAINS (ln_help_text, "pkgpath=PATH");
  CHECK_CONTAINS (ln_help_text, "report=FILE");

  /* Options with values.  */
  CHECK (o.mangle == LN_MANGLE_NONE && !o.pkgpath && !o.report);
  CHECK (ln_options_apply (&o, "linkname", "mangle", "gccgo", err, sizeof err)
	 == 0);
  CHECK (o.mangle == LN_MANGLE_GCCGO);
  CHECK (ln_options_apply (&o, "linkname", "mangle", "none", err, sizeof err)
	 == 0);
  CHECK (o.mangle == LN_MANGLE_NONE);
  CHECK (ln_options_apply (&o, "linkname", "mangle", "foo", err, sizeof err)
	 != 0);
  CHECK_STR (err, "option '-fplugin-arg-linkname-mangle': unknown value "
		  "'foo'; use 'gccgo' or 'none'");
  CHECK (ln_options_apply (&o, "linkname", "mangle", NULL, err, sizeof err)
	 != 0);
  CHECK_STR (err, "option '-fplugin-arg-linkname-mangle' needs a value: "
		  "'-fplugin-arg-linkname-mangle=VALUE', VALUE 'gccgo' or "
		  "'none'");
  CHECK (ln_options_apply (&o, "linkname", "pkgpath", "gopkg.in/yaml.v2", err,
			   sizeof err)
	 == 0);
  CHECK_STR (o.pkgpath, "gopkg.in/yaml.v2");
  CHECK (ln_options_apply (&o, "linkname", "pkgpath", "", err, sizeof err)
	 != 0);
  CHECK_CONTAINS (err, "'-fplugin-arg-linkname-pkgpath' needs a value");
  CHECK (ln_options_apply (&o, "linkname", "report", "r.tsv", err, sizeof err)
	 == 0);
  CHECK_STR (o.report, "r.tsv");
  CHECK (ln_options_apply (&o, "linkname", "report", NULL, err, sizeof err)
	 != 0);
  CHECK_CONTAINS (err, "VALUE a file name");
  CHECK_CONTAINS (ln_help_text, LN_VERSION);
}
