package cmp

import _ "unsafe"

// Push: a package-local function emitted under another name.
//go:linkname pushed cmpx.pushed
func pushed() int { return 1 }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
