#include "cxx-pragma.h"
long use (void) { return nanotime () + counter + helper (1); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
