//go:build !go1.23

package cref

import "unsafe"

// Acquirem and Releasem raise and lower m.locks, as the runtime does
// around its own code (Go before 1.23 lets a package pull them): a stub
// called so leaves m.locks as it found it (check/locked_go119_test.go).
//
//go:linkname Acquirem runtime.acquirem
func Acquirem() unsafe.Pointer

//go:linkname Releasem runtime.releasem
func Releasem(mp unsafe.Pointer)

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
