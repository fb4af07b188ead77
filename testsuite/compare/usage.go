package cmp

import _ "unsafe"

// No argument, and three.
//go:linkname
//go:linkname a b c
func a() int { return 6 }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
