/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* target.c - target-name checks and gccgo's encoding.

   GCC writes a renamed symbol verbatim into the assembly.  GNU as takes an
   unquoted name made of letters, digits, '_', '.', '$' and bytes >= 0x80,
   not starting with a digit or '$'; anything else ends in an assembler
   error, which the brief forbids, so it is caught here first.  */
#include "linkname/target.h"
#include "linkname/mangle.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static bool
is_alpha (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit (unsigned char c)
{
  return c >= '0' && c <= '9';
}

static bool
symbol_char (unsigned char c)
{
  return is_alpha (c) || is_digit (c) || c == '_' || c == '.' || c == '$'
	 || c >= 0x80;
}

/* TARGET for a message: control bytes as escapes, so that a diagnostic
   stays on one line; long names cut short.  */
static const char *
printable (const char *target, char *buf, size_t buflen)
{
  /* BUFLEN >= 8: room for one escape, "..." and the NUL.  */
  size_t pos = 0;
  const unsigned char *s = (const unsigned char *) target;
  for (; *s && pos + 8 < buflen; s++)
    if (*s >= 0x20 && *s != 0x7f)
      buf[pos++] = (char) *s;
    else
      pos += (size_t) snprintf (buf + pos, buflen - pos, "\\x%02x", *s);
  if (*s)
    {
      memcpy (buf + pos, "...", 3);
      pos += 3;
    }
  buf[pos] = '\0';
  return buf;
}

int
ln_target_check (const char *target, char *why, size_t whylen)
{
  const unsigned char *s = (const unsigned char *) target;
  char shown[160];
  if (*s == '\0')
    {
      snprintf (why, whylen, "the linkname target is empty");
      return 1;
    }
  /* Names the assembler takes but gives another meaning: '.' is the
     location counter ('call .' calls itself), and '.L' starts the local
     labels GCC makes for itself (.L2, .LC0, .LFB0), so a symbol of that
     name is defined twice or never global.  */
  /* Any other name starting with '.' may be a section the compiler
     writes to (.text, .data, .bss, .debug_info under -g): as a symbol it
     is an assembler error.  Go and gccgo symbols never start with '.'.  */
  if (target[0] == '.')
    {
      snprintf (why, whylen,
		"linkname target '%s' cannot be used as a symbol: %s",
		printable (target, shown, sizeof shown),
		!target[1]	   ? "'.' is the assembler's location counter"
		: target[1] == 'L' ? "names starting with '.L' are the "
				     "compiler's local labels"
				   : "names starting with '.' are the "
				     "assembler's sections and directives "
				     "(.text, .data, .bss, .debug_info)");
      return 1;
    }
  /* -fprofile-generate and --coverage name each function's counters
     __gcovN.F and its record __gcov_.F (coverage.cc, build_var).  */
  if (strncmp (target, "__gcov", 6) == 0)
    {
      size_t i = 6;
      if (target[i] == '_')
	i++;
      else
	while (is_digit (s[i]))
	  i++;
      if (i > 6 && target[i] == '.')
	{
	  snprintf (why, whylen,
		    "linkname target '%s' cannot be used as a symbol: names "
		    "starting with '%.*s' are GCC's coverage counters "
		    "(-fprofile-generate, --coverage)",
		    printable (target, shown, sizeof shown), (int) i + 1,
		    target);
	  return 1;
	}
    }
  /* The plugin names its thunks TARGET.abi0 and TARGET..sysv.  */
  size_t len = strlen (target);
  static const char *const reserved[] = { ".abi0", "..sysv" };
  for (int r = 0; r < 2; r++)
    {
      size_t rl = strlen (reserved[r]);
      if (len > rl && strcmp (target + len - rl, reserved[r]) == 0)
	{
	  snprintf (why, whylen,
		    "linkname target '%s' ends in '%s', which the plugin "
		    "reserves for the names of its ABI0 thunks",
		    printable (target, shown, sizeof shown), reserved[r]);
	  return 1;
	}
    }
  for (size_t i = 0; s[i]; i++)
    {
      if (symbol_char (s[i]) && !(i == 0 && (is_digit (s[i]) || s[i] == '$')))
	continue;
      char suggestion[512], bad[16];
      size_t need = ln_gccgo_mangle (target, suggestion, sizeof suggestion,
				     NULL, 0);
      const char *what = i == 0 ? "cannot start a symbol name"
				: "is not allowed in a symbol name";
      char one[2] = { (char) s[i], '\0' };
      printable (one, bad, sizeof bad);
      printable (target, shown, sizeof shown);
      if (need != LN_MANGLE_ERROR && need < sizeof suggestion
	  && strcmp (suggestion, target) != 0
	  && ln_target_check (suggestion, NULL, 0) == 0)
	snprintf (why, whylen,
		  "linkname target '%s' cannot be used as an assembler "
		  "symbol: '%s' %s; write it in gccgo's encoding, '%s' "
		  "(-fplugin-arg-linkname-mangle=gccgo does that)",
		  shown, bad, what, suggestion);
      else
	snprintf (why, whylen,
		  "linkname target '%s' cannot be used as an assembler "
		  "symbol: '%s' %s; use letters, digits, '_', '.' and '$'",
		  shown, bad, what);
      return 1;
    }
  return 0;
}

size_t
ln_target_gcc_part (const char *target, const char **suffix)
{
  /* clone_function_name's suffixes in GCC 11 and 12: final.cc (cold),
     ipa-split.cc, ipa-cp.cc, ipa-sra.cc, symtab.cc, lto-partition.cc,
     omp-low.cc, omp-simd-clone.cc, multiple_target.cc.  */
  static const char *const parts[]
    = { "cold", "part", "constprop", "isra", "localalias", "lto_priv",
	"_omp_fn", "_omp_cpyfn", "simdclone", "default", "resolver" };
  size_t len = strlen (target);
  /* Without a trailing .N: the last '.'; with one, the '.' before it.  */
  size_t end = len;
  size_t d = len;
  while (d > 0 && is_digit ((unsigned char) target[d - 1]))
    d--;
  if (d < len && d > 0 && target[d - 1] == '.')
    end = d - 1;
  for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++)
    {
      size_t pl = strlen (parts[p]);
      if (end > pl + 1 && target[end - pl - 1] == '.'
	  && strncmp (target + end - pl, parts[p], pl) == 0)
	{
	  *suffix = parts[p];
	  return end - pl - 1;
	}
    }
  return 0;
}
