/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* linkname-plugin.cc - plugin_init: version check, options, and which GCC
   event does what.

   Gives C and C++ the semantics of Go's //go:linkname as gccgo implements them:
     #pragma linkname LOCAL TARGET   a definition of LOCAL is emitted as the
				     global symbol TARGET ("push"); a
				     declaration binds to TARGET ("pull")
     #pragma linkname LOCAL          export LOCAL under its own name
     __attribute__((linkname("TARGET"))), __attribute__((linkname))
   Options: -fplugin-arg-linkname-help, -version, -gccgo-strict,
   -mangle=gccgo, -pkgpath=PATH, -report=FILE, -symabis=FILE (options.c);
     #pragma linkname_symabis VERB SYMBOL ABI   a symabis line (symabis.cc)

   Events, in the order GCC fires them in cc1:
     PLUGIN_PRAGMAS, PLUGIN_ATTRIBUTES   register the directive spellings;
					 the symabis file joins -MD's list
     PLUGIN_FINISH_DECL                  learn about each declaration
     PLUGIN_FINISH_PARSE_FUNCTION        ... and each function definition,
					 and what its body declared implicitly
     lang_hooks.finalize_early_debug     (wrapped) the verdict; rename and
					 export, before the debug information
					 of functions is made
     PLUGIN_ALL_IPA_PASSES_START         the same, if that hook did not run
     pass linkname_callclass (before final)  each compiled function's
					 calls, asm and frame (callclass.cc)
     PLUGIN_FINISH_UNIT                  the Go notes, with their class
     PLUGIN_FINISH                       the verdict when compilation stopped
					 early (-fsyntax-only, errors)  */
#include "linkname.h"
#include "plugin-version.h" /* gcc_version: this file only */
#include "linkname/licence.h"

#include <stdio.h>

int plugin_is_GPL_compatible;

static struct plugin_info linkname_info = { LN_VERSION, ln_help_text };

/* Also the moment the dependency output can take the symabis file: the
   main file is in it, and -E or not, nothing has been written yet.  */
static void
on_pragmas (void *, void *c_family_ok)
{
  linkname_register_pragma (c_family_ok != NULL);
  if (c_family_ok)
    linkname_symabis_add_dependency ();
}

static void
on_attributes (void *, void *c_family_ok)
{
  linkname_register_attribute (c_family_ok != NULL);
}

static void
on_decl (void *gcc_data, void *)
{
  linkname_note_decl ((tree) gcc_data);
  linkname_call_note_decl ((tree) gcc_data);
}

/* A function definition, and what its body declared implicitly.  */
static void
on_function (void *gcc_data, void *)
{
  linkname_note_decl ((tree) gcc_data);
  linkname_call_note_decl ((tree) gcc_data);
  linkname_note_unannounced ();
}

static void
on_ipa_start (void *, void *)
{
  if (!in_lto_p)
    {
      linkname_finish_unit (true);
      linkname_call_finish_parse ();
      linkname_goentry_build ();
    }
}

/* The C family's finalize_early_debug, wrapped: the directives are
   applied just before it, so that the debug information of functions is
   made from the final symbols (DW_AT_linkage_name, DW_AT_external), as
   for an asm label.  */
static void (*gcc_finalize_early_debug) (void);

static void
on_finalize_early_debug (void)
{
  linkname_finish_unit (true);
  linkname_call_finish_parse ();
  gcc_finalize_early_debug ();
}

static void
on_finish_unit (void *, void *)
{
  linkname_callclass_finish_unit ();
}

static void
on_finish (void *, void *)
{
  linkname_finish_unit (false);
  linkname_call_finish_parse ();
  ln_table_free (linkname_table);
  linkname_table = NULL;
}

/* The --target= of GCC's configure arguments ("" when absent), in BUF.  */
static const char *
configured_target (const char *args, char *buf, size_t size)
{
  const char *t = args ? strstr (args, "--target=") : NULL;
  size_t n = 0;
  if (t)
    for (t += strlen ("--target="); t[n] && t[n] != ' ' && n + 1 < size; n++)
      buf[n] = t[n];
  buf[n] = '\0';
  return buf;
}

/* GCC refuses a plugin built for another compiler; say which ones.  The
   GCC layer's references to cc1 are weak (Makefile), so that a plugin
   loaded into a GCC for another target gets here too.  */
static bool
check_version (const char *name, struct plugin_gcc_version *running)
{
  if (plugin_default_version_check (running, &gcc_version))
    return true;
  char built[128], here[128];
  configured_target (gcc_version.configuration_arguments, built, sizeof built);
  configured_target (running->configuration_arguments, here, sizeof here);
  if (strcmp (built, here) != 0)
    {
      error ("%s: plugin built for a GCC %s targeting %s cannot run in this "
	     "GCC %s, which targets %s; build it with 'make CC=<this gcc>'",
	     name, gcc_version.basever, *built ? built : "the host",
	     running->basever, *here ? here : "the host");
      return false;
    }
  error ("%s: plugin built for GCC %s (%s) cannot run in GCC %s (%s); "
	 "rebuild it with 'make CC=<this gcc>' and reinstall it",
	 name, gcc_version.basever, gcc_version.datestamp, running->basever,
	 running->datestamp);
  return false;
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  const char *name = info->base_name;
  if (!check_version (name, version))
    return 1;

  bool bad = false;
  for (int i = 0; i < info->argc; i++)
    {
      char err[256];
      const char *key = info->argv[i].key, *value = info->argv[i].value;
      int rc = ln_options_apply (&linkname_options, name, key, value, err,
				 sizeof err);
      if (rc == LN_OPTIONS_UNKNOWN_KEY)
	{
	  /* GCC's own choice of the closest key, as for its options.  */
	  auto_vec<const char *> keys;
	  for (size_t k = 0; ln_options_key (k); k++)
	    keys.safe_push (ln_options_key (k));
	  if (const char *hint = find_closest_string (key, &keys))
	    ln_options_unknown (name, key, value, hint, err, sizeof err);
	}
      if (rc)
	{
	  error ("%s", err);
	  bad = true;
	}
    }
  if (bad)
    return 1;
  if (linkname_options.help)
    fputs (ln_help_text, stderr);
  if (linkname_options.version)
    fprintf (stderr, "linkname %s (built for GCC %s)\n%s", LN_VERSION,
	     gcc_version.basever, LN_LICENCE_TEXT);

  register_callback (name, PLUGIN_INFO, NULL, &linkname_info);

  /* lto1 ("GNU GIMPLE") sees names already applied at compile time.  */
  const char *lang = lang_hooks.name;
  if (strcmp (lang, "GNU GIMPLE") == 0)
    return 0;
  /* "GNU C", or "GNU C17" and friends once -std= is known; "GNU C++"
     and "GNU C++17"; not "GNU Objective-C".  */
  bool is_c = strncmp (lang, "GNU C", 5) == 0
	      && (lang[5] == '\0' || ISDIGIT (lang[5]));
  linkname_cxx = strncmp (lang, "GNU C++", 7) == 0;
  is_c |= linkname_cxx;
  void *c_ok = is_c ? (void *) 1 : NULL;
  register_callback (name, PLUGIN_PRAGMAS, on_pragmas, c_ok);
  register_callback (name, PLUGIN_ATTRIBUTES, on_attributes, c_ok);
  if (!is_c)
    return 0;

  linkname_table = ln_table_new ();
  if (!linkname_table)
    {
      error ("%s: out of memory", name);
      return 1;
    }
  ln_table_set_pkgpath (linkname_table, linkname_options.pkgpath);
  linkname_symabis_load ();
  register_callback (name, PLUGIN_FINISH_DECL, on_decl, NULL);
  register_callback (name, PLUGIN_FINISH_PARSE_FUNCTION, on_function, NULL);
  register_callback (name, PLUGIN_ALL_IPA_PASSES_START, on_ipa_start, NULL);
  register_callback (name, PLUGIN_FINISH_UNIT, on_finish_unit, NULL);
  register_callback (name, PLUGIN_FINISH, on_finish, NULL);
  linkname_callclass_init (name);
  linkname_register_versions_pass (name);
  gcc_finalize_early_debug = lang_hooks.finalize_early_debug;
  lang_hooks.finalize_early_debug = on_finalize_early_debug;
  return 0;
}
