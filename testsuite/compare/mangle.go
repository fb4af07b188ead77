package cmp

import _ "unsafe"

// gccgo takes targets verbatim, so libgo writes them encoded by hand.
//go:linkname load sync_1atomic.Load
func load() int { return 8 }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
