// A gccgo-12 program that calls C functions pushed under Go names
// (cside.c), and is called back from C by linkname.
package main

import (
	"fmt"
	_ "unsafe"

	"example.com/gofn"
)

// Pulls of the C functions that cside.c pushes.
//
//go:linkname cAdd cpkg.Add
func cAdd(a, b int) int

//go:linkname cNeg cpkg.Neg
func cNeg(a int) int

//go:linkname cCallsGo cpkg.CallsGo
func cCallsGo(x int) int

// Made global for C by the one-argument form: main.twice.
//
//go:linkname twice
func twice(x int) int { return 2 * x }

func main() {
	fmt.Println("add", cAdd(40, 2))
	fmt.Println("neg", cNeg(7))
	fmt.Println("calls-go", cCallsGo(10))
	fmt.Println("sub", gofn.Sub(5, 3))
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
