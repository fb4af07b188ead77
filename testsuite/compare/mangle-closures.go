// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
package cmp

// Closures, as gccgo names them: F..funcN, T.M..funcN (local symbols).
type T struct{ x int }

func Outer() func() int { return func() int { return 1 } }

func (t *T) MC() func() int { return func() int { return t.x } }
