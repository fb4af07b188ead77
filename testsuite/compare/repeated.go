package cmp

import _ "unsafe"

// Two directives for one name: the last one wins.
//go:linkname f cmpx.first
//go:linkname f cmpx.second
func f() int { return 5 }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
