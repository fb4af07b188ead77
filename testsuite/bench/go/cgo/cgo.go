// Package cgo: the same C through cgo.
package cgo

// #cgo CFLAGS: -w -O2
// #cgo LDFLAGS: -lm
// #include "../c/add.c"
// #include "../c/xxh.c"
import "C"

import "unsafe"

func Add(a, b int64) int64 { return int64(C.add(C.long(a), C.long(b))) }

func XXH64(b []byte) uint64 {
	return uint64(C.xxh64(unsafe.Pointer(&b[0]), C.size_t(len(b)), 0))
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
