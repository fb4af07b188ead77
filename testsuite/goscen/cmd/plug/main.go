// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command plug is a Go plugin (go build -buildmode=plugin; cmd/plugload
// loads it) that calls bound C of each class: the .syso's code is then in
// a shared object, which the stubs reach only because its symbols are
// hidden.
package main

import "linkname.test/goscen/bind"

// Sum is a + b, through Add (bounded, its Go entry), plus 1 from
// SpinBounded(0), 2 from SpinLeaf(0, 8) (cbrt, libm) and 1 from
// SpinBlockAttr(0) (runtime.cgocall).
func Sum(a, b int64) int64 {
	return bind.Add(a, b) + int64(bind.SpinBounded(0)+bind.SpinLeaf(0, 8)+bind.SpinBlockAttr(0))
}

func main() {}
