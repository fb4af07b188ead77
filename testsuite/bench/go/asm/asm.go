// Package asm: Add in Go assembly, the floor.
package asm

func Add(a, b int64) int64

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
