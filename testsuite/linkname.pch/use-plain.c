#include "plain.h"
#pragma linkname nanotime runtime.nanotime1
#pragma linkname helper pkg.helper
long use (void) { return nanotime (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
