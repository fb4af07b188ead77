// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

package main

import "linkname.bench/gocall/bind"

// bindXXH64 is XXH64 of b through the binding, as user code writes it:
// linkname-go passes a []byte for C's (const void *, size_t).
func bindXXH64(b []byte) uint64 {
	return bind.XXH64(b, 0)
}
