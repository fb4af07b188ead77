/* No directive: the header may be precompiled, and the unit's own
   directives name its declarations.  */
#ifdef __cplusplus
extern "C" {
#endif
extern long nanotime (void);
static long helper (long x) { return x + 1; }
#ifdef __cplusplus
}
#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
