// Package w has the signatures of bench.c, each given a linkname so that
// Go 1.19 makes its ABI0 wrapper (CL 179860), for go tool objdump.
package w

import _ "unsafe"

type S3 struct{ A, B, C int64 }

//go:linkname add
func add(a, b int64) int64 { return a + b }

//go:linkname add8
func add8(a, b, c, d, e, f, g, h int64) int64 { return a + b + c + d + e + f + g + h }

//go:linkname add10
func add10(a, b, c, d, e, f, g, h, i, j float64) float64 {
	return a + b + c + d + e + f + g + h + i + j
}

//go:linkname mk3
func mk3(a int64) S3 { return S3{a, a + 1, a + 2} }

func Use() int64 {
	return add(1, 2) + add8(1, 2, 3, 4, 5, 6, 7, 8) +
		int64(add10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) + mk3(4).C
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
