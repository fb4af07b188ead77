package cmp

import _ "unsafe"

// A directive for a name that is not declared.
//go:linkname nonexist cmpx.nonexist
func f() int { return 3 }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
