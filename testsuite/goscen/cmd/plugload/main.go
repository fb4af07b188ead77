// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command plugload loads the plugin cmd/plug was built into (its path
// the argument) and calls its Sum.
package main

import (
	"fmt"
	"os"
	"plugin"
)

func main() {
	p, err := plugin.Open(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	f, err := p.Lookup("Sum")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	sum := f.(func(int64, int64) int64)(40, 2)
	fmt.Println("Sum(40, 2) =", sum)
	if sum != 46 {
		os.Exit(1)
	}
	fmt.Println("ok")
}
