// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command two links two bindings of one C file (packages bind and bind2,
// as a module's v1 and v2 would) into one binary and calls both.  The C
// calls cbrt: each binding's -ldflags -lm brings libm into the link.
package main

import (
	"fmt"
	"os"

	"linkname.test/goscen/bind"
	"linkname.test/goscen/bind2"
)

func main() {
	a, b := bind.Add(2, 40), bind2.Add(40, 2)
	fmt.Println("bind.Add", a, "bind2.Add", b)
	if a != 42 || b != 42 {
		os.Exit(1)
	}
}
