package cmp

import _ "unsafe"

// One argument on a declaration: there is no name to bind it to.
//go:linkname decl
func decl() int

func Use() int { return decl() }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
