/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* strmap.h - a small string-keyed hash map for the linkname core.
   Keys are copied; values are opaque pointers owned by the caller.
   Iteration follows insertion order, so diagnostics come in source order.  */
#ifndef LINKNAME_STRMAP_H
#define LINKNAME_STRMAP_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct ln_strmap;

struct ln_strmap *ln_strmap_new (void);
void ln_strmap_free (struct ln_strmap *map);

/* The value stored under KEY, or NULL.  */
void *ln_strmap_get (const struct ln_strmap *map, const char *key);

/* Store VALUE under KEY (replacing any earlier value).  Returns the
   map's own copy of KEY, or NULL when out of memory.  */
const char *ln_strmap_put (struct ln_strmap *map, const char *key, void *value);

size_t ln_strmap_count (const struct ln_strmap *map);

/* The I-th key and value in insertion order, 0 <= I < count.  */
const char *ln_strmap_key_at (const struct ln_strmap *map, size_t i);
void *ln_strmap_value_at (const struct ln_strmap *map, size_t i);

#ifdef __cplusplus
}
#endif

#endif
