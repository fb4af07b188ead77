package cmp

import _ "unsafe"

// A variable pushed under another name: gccgo 12 refuses.
//go:linkname counter cmpx.counter
var counter int = 4

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
