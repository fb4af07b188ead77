/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* target.h - which symbol names the GNU assembler takes unquoted.  */
#ifndef LINKNAME_TARGET_H
#define LINKNAME_TARGET_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 0 when TARGET can be emitted as an ELF symbol name by GCC.  Otherwise
   nonzero, with a sentence saying what is wrong and what to do in WHY.  */
int ln_target_check (const char *target, char *why, size_t whylen);

/* When TARGET has the form BASE.SUFFIX or BASE.SUFFIX.N of the names GCC
   gives the parts and clones of a function BASE (BASE.cold,
   BASE.part.0, BASE.constprop.0, ...), the length of BASE, and *SUFFIX
   the suffix; else 0.  Such a name is GCC's when BASE is a function of
   the unit.  */
size_t ln_target_gcc_part (const char *target, const char **suffix);

#ifdef __cplusplus
}
#endif

#endif
