package cmp

import _ "unsafe"

// One argument: a package-local function made global under gccgo's
// default name, example_0com_1cmp.exp__fn.
//go:linkname exp_fn
func exp_fn() int { return 2 }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
