package cmp

import _ "unsafe"

// A target with '/': gccgo passes it to the assembler verbatim.
//go:linkname f sync/atomic.Load
func f() int { return 7 }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
