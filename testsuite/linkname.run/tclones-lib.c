/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors
   A pushed function with target_clones: GCC's dispatcher (an ifunc) is
   emitted under the target and carries the push, with and without LTO.  */
__attribute__ ((target_clones ("avx2", "default")))
static int twice (int x) { return x * 2; }
#pragma linkname twice pkg.tc
