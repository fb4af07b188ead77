/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* target/none.cc - every other back end: no ABI0 thunks (the Go change
   mirrored here is about amd64's ABI0 only).  */
#include "../linkname.h"

bool
linkname_target_has_abi0 (void)
{
  return false;
}

bool
linkname_target_asm_intel (void)
{
  return false;
}

const char *
linkname_target_convention (tree)
{
  return NULL;
}

const char *
linkname_target_isa_fault (void)
{
  return NULL;
}

void
linkname_target_thunk_options (tree, tree, struct ln_thunk_options *)
{
}
