/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* unit.h - the smallest test harness that does the job: CHECK counts,
   and main prints "unit: N passed, N failed".  */
#ifndef LINKNAME_UNIT_H
#define LINKNAME_UNIT_H

#include <stdio.h>
#include <string.h>

extern int unit_passed, unit_failed;

#define CHECK(cond)                                                         \
  do                                                                        \
    {                                                                       \
      if (cond)                                                             \
	unit_passed++;                                                      \
      else                                                                  \
	{                                                                   \
	  unit_failed++;                                                    \
	  fprintf (stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond); \
	}                                                                   \
    }                                                                       \
  while (0)

#define CHECK_STR(got, want)                                                \
  do                                                                        \
    {                                                                       \
      const char *g_ = (got), *w_ = (want);                                 \
      if (g_ && w_ && strcmp (g_, w_) == 0)                                 \
	unit_passed++;                                                      \
      else if (!g_ && !w_)                                                  \
	unit_passed++;                                                      \
      else                                                                  \
	{                                                                   \
	  unit_failed++;                                                    \
	  fprintf (stderr, "%s:%d: FAIL: %s is \"%s\", want \"%s\"\n",      \
		   __FILE__, __LINE__, #got, g_ ? g_ : "(null)",            \
		   w_ ? w_ : "(null)");                                     \
	}                                                                   \
    }                                                                       \
  while (0)

#define CHECK_CONTAINS(got, needle) CHECK (strstr ((got), (needle)) != NULL)

void test_strmap (void);
void test_directive (void);
void test_target (void);
void test_mangle (void);
void test_report (void);
void test_table (void);
void test_options (void);
void test_abi0 (void);
void test_thunk (void);
void test_symabis (void);
void test_symabis_read (void);
void test_symabis_pragma (void);
void test_elfnote (void);
void test_gobind (void);
void test_callclass (void);
void test_gonote (void);
void test_place (void);

#endif
