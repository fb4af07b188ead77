#include "c-attribute.h"
long use (void) { return other (); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
