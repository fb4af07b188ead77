// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
package cmp

// Methods, as gccgo names them: after the receiver's type, pointer or
// not (example_0com_1cmp.T.PM).
type T struct{ x int }

func (t *T) PM() int { return t.x }
func (t T) VM() int  { return t.x + 1 }
