/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* options.h - the plugin's -fplugin-arg-linkname-KEY[=VALUE] options.  */
#ifndef LINKNAME_OPTIONS_H
#define LINKNAME_OPTIONS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LN_VERSION "0.1.0"

enum ln_abi0_mode
{
  LN_ABI0_YES,	 /* thunks where possible; a warning where not (default) */
  LN_ABI0_NO,	 /* no thunks */
  LN_ABI0_STRICT /* a function that cannot have one is an error */
};

enum ln_mangle
{
  LN_MANGLE_NONE, /* targets verbatim, as gccgo takes them */
  LN_MANGLE_GCCGO /* targets are Go names, encoded as gccgo 12 does */
};

/* Values point into the option strings, which live as long as the
   compiler.  */
struct ln_options
{
  enum ln_abi0_mode abi0;
  int help;	    /* print the help text */
  int version;	    /* print the version */
  int gccgo_strict; /* gccgo's rule: functions only */
  enum ln_mangle mangle;
  const char *pkgpath; /* one-argument exports are PKGPATH.LOCAL */
  const char *report;  /* append a line per applied directive here */
  const char *symabis; /* Go symabis file: ABI0 defs and refs (x86-64) */
  int go_entry;	       /* linkname-go: a Go entry TARGET.goentry per
			  function that can have one (x86-64) */
};

/* The help text: one line per key, as GCC shows plugin help.  */
extern const char ln_help_text[];

/* Apply one KEY[=VALUE] (VALUE NULL when absent).  0 on success; else
   nonzero with the error in ERR, naming PLUGIN (the .so's base name):
   LN_OPTIONS_UNKNOWN_KEY when there is no such key.  */
#define LN_OPTIONS_UNKNOWN_KEY 2
int ln_options_apply (struct ln_options *o, const char *plugin,
		      const char *key, const char *value, char *err,
		      size_t errlen);

/* The I-th option key (from 0), NULL past the last: the candidates for
   a suggestion when a key is misspelled.  */
const char *ln_options_key (size_t i);

/* The error for KEY[=VALUE], a key PLUGIN does not have, into ERR:
   "did you mean" HINT (a key, with the same VALUE) when HINT is not
   NULL, else where the keys are listed.  */
void ln_options_unknown (const char *plugin, const char *key,
			 const char *value, const char *hint, char *err,
			 size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
