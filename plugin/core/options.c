/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* options.c - the plugin's options, checked without GCC so that unit
   tests can cover every key and every misuse.  */
#include "linkname/options.h"

#include <stdio.h>
#include <string.h>

const char ln_help_text[] =
  "linkname " LN_VERSION ": gccgo's //go:linkname for C\n"
  "  #pragma linkname LOCAL [TARGET]      push a definition / pull a declaration\n"
  "  __attribute__((linkname(\"TARGET\")))  the same on a declaration\n"
  "  #pragma linkname_symabis def|ref SYM ABI0|ABIInternal\n"
  "                                       a symabis line (as symabis=FILE)\n"
  "options (-fplugin-arg-linkname-KEY[=VALUE]):\n"
  "  help           print this text\n"
  "  version        print the plugin version\n"
  "  gccgo-strict   gccgo 12's rule: only functions may be linknamed\n"
  "  mangle=gccgo   targets are Go names (sync/atomic.Load), emitted as\n"
  "                 gccgo 12 names them (sync_1atomic.Load); mangle=none:\n"
  "                 verbatim (the default, as gccgo does)\n"
  "  pkgpath=PATH   the one-argument form on a definition exports it as\n"
  "                 gccgo's name for LOCAL in package PATH (PATH.LOCAL,\n"
  "                 encoded)\n"
  "  report=FILE    append one tab-separated line per applied directive\n"
  "                 (also recorded in the object: linkname-report reads it)\n"
  "  abi0=yes|no|strict\n"
  "                 x86-64: give each linknamed definition an ABI0 entry thunk\n"
  "                 TARGET.abi0 (default yes; strict: error when impossible)\n"
  "  symabis=FILE   Go symabis file: C calls to 'def SYM ABI0' go through a\n"
  "                 SysV-to-ABI0 thunk SYM..sysv; C definitions listed as\n"
  "                 'ref SYM ABI0' get SYM.abi0 (x86-64)\n"
  "  go-entry       x86-64, for linkname-go: also TARGET.goentry, the function\n"
  "                 inlined into an entry that Go's stub jumps to\n";

/* A flag sets its int; a valued key checks and stores its value.  */
struct key
{
  const char *name;
  int *(*flag) (struct ln_options *);
  int (*set) (struct ln_options *, const char *value);
  const char *usage; /* what a value looks like */
};

static int *help_field (struct ln_options *o) { return &o->help; }
static int *version_field (struct ln_options *o) { return &o->version; }
static int *strict_field (struct ln_options *o) { return &o->gccgo_strict; }
static int *go_entry_field (struct ln_options *o) { return &o->go_entry; }

static int
set_mangle (struct ln_options *o, const char *v)
{
  if (strcmp (v, "gccgo") == 0)
    o->mangle = LN_MANGLE_GCCGO;
  else if (strcmp (v, "none") == 0)
    o->mangle = LN_MANGLE_NONE;
  else
    return 1;
  return 0;
}

static int
set_pkgpath (struct ln_options *o, const char *v)
{
  o->pkgpath = v;
  return 0;
}

static int
set_report (struct ln_options *o, const char *v)
{
  o->report = v;
  return 0;
}

static int
set_symabis (struct ln_options *o, const char *v)
{
  o->symabis = v;
  return 0;
}

static int
set_abi0 (struct ln_options *o, const char *v)
{
  static const char *const names[] = { "yes", "no", "strict" };
  for (int i = 0; i < 3; i++)
    if (strcmp (v, names[i]) == 0)
      {
	o->abi0 = (enum ln_abi0_mode) i;
	return 0;
      }
  return 1;
}

static const struct key keys[] = {
  { "help", help_field, NULL, NULL },
  { "version", version_field, NULL, NULL },
  { "gccgo-strict", strict_field, NULL, NULL },
  { "mangle", NULL, set_mangle, "'gccgo' or 'none'" },
  { "pkgpath", NULL, set_pkgpath, "a Go package path" },
  { "report", NULL, set_report, "a file name" },
  { "abi0", NULL, set_abi0, "'yes', 'no' or 'strict'" },
  { "symabis", NULL, set_symabis, "a symabis file (go tool asm -gensymabis)" },
  { "go-entry", go_entry_field, NULL, NULL },
};

int
ln_options_apply (struct ln_options *o, const char *plugin, const char *key,
		  const char *value, char *err, size_t errlen)
{
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    {
      const struct key *k = &keys[i];
      if (strcmp (key, k->name) != 0)
	continue;
      if (k->flag && value)
	{
	  snprintf (err, errlen,
		    "option '-fplugin-arg-%s-%s' takes no value (got '%s')",
		    plugin, key, value);
	  return 1;
	}
      if (k->flag)
	{
	  *k->flag (o) = 1;
	  return 0;
	}
      if (!value || !*value)
	{
	  snprintf (err, errlen,
		    "option '-fplugin-arg-%s-%s' needs a value: "
		    "'-fplugin-arg-%s-%s=VALUE', VALUE %s",
		    plugin, key, plugin, key, k->usage);
	  return 1;
	}
      if (k->set (o, value))
	{
	  snprintf (err, errlen,
		    "option '-fplugin-arg-%s-%s': unknown value '%s'; "
		    "use %s",
		    plugin, key, value, k->usage);
	  return 1;
	}
      return 0;
    }
  ln_options_unknown (plugin, key, value, NULL, err, errlen);
  return LN_OPTIONS_UNKNOWN_KEY;
}

const char *
ln_options_key (size_t i)
{
  return i < sizeof keys / sizeof keys[0] ? keys[i].name : NULL;
}

void
ln_options_unknown (const char *plugin, const char *key, const char *value,
		    const char *hint, char *err, size_t errlen)
{
  if (hint)
    snprintf (err, errlen,
	      "unknown option '-fplugin-arg-%s-%s'; "
	      "did you mean '-fplugin-arg-%s-%s%s%s'?",
	      plugin, key, plugin, hint, value ? "=" : "", value ? value : "");
  else
    snprintf (err, errlen,
	      "unknown option '-fplugin-arg-%s-%s'; "
	      "'-fplugin-arg-%s-help' lists the options",
	      plugin, key, plugin);
}
