#include "c-pragma.h"
long use (void) { return nanotime () + counter; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
