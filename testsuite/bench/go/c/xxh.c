/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   XXH64 from Debian's libxxhash-dev, header-only, behind one C function
   for the binding and for cgo alike.  */
#include <stddef.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

static unsigned long long
xxh64 (const void *p, size_t n, unsigned long long seed)
{
  return XXH64 (p, n, seed);
}
#pragma linkname xxh64 bind.XXH64
