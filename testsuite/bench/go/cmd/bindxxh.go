// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

package main

import (
	"unsafe"

	"linkname.bench/gocall/bind"
)

// bindXXH64 is XXH64 of b through the binding, as user code writes it.
func bindXXH64(b []byte) uint64 {
	return bind.XXH64(unsafe.Pointer(&b[0]), uintptr(len(b)), 0)
}
