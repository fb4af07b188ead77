package cmp

import _ "unsafe"

// Pull: a declaration without a body bound to another name.
//go:linkname pulled cmpx.pulled
func pulled() int

func Use() int { return pulled() }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
