package cmp

import _ "unsafe"

// A variable and a type: gccgo 12 linknames functions only.
//go:linkname v cmpx.v
var v int

//go:linkname T cmpx.T
type T int

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
