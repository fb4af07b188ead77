package cref

// #cgo CFLAGS: -w -I${SRCDIR}/../c
// #include "stack.c"
import "C"

// BigFrame and Recurse are the stack tests' C functions through cgo.
func BigFrame(seed int32) int32 { return int32(C.big_frame(C.int(seed))) }
func Recurse(n int64) int64     { return int64(C.recurse(C.long(n), nil)) }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
