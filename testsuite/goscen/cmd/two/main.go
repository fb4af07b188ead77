// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command two links two bindings of one C file (packages bind and bind2,
// as a module's v1 and v2 would) into one binary and calls both.
package main

import (
	"fmt"
	"os"

	"linkname.test/goscen/bind"
	"linkname.test/goscen/bind2"
	// The C calls cbrt: cgo's side brings -lm into the link.
	_ "linkname.test/goscen/cref"
)

func main() {
	a, b := bind.Add(2, 40), bind2.Add(40, 2)
	fmt.Println("bind.Add", a, "bind2.Add", b)
	if a != 42 || b != 42 {
		os.Exit(1)
	}
}
