// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command cxx calls C++ through linkname-go: no cgo package here links
// the C++ runtime, so only the binding can have brought it.
package main

import (
	"fmt"
	"os"

	"linkname.test/goscen/cxx"
)

func main() {
	v := []float64{3, 4}
	a, n, e := cxx.Add(40, 2), cxx.Norm(&v[0], 2), cxx.Norm(nil, 0)
	fmt.Println("Add", a, "Norm", n, "Norm(empty)", e)
	if a != 42 || n != 5 || e != -1 {
		os.Exit(1)
	}
	fmt.Println("ok")
}
