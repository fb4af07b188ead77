// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command libs calls C that needs libm and libxxhash at link time, which
// only linkname-go's -pkg-config brings into the link (libxxhash.pc, and
// ../../pc/linkname-test.pc for -lm): no cgo package here asks for them.
package main

import (
	"fmt"
	"math"
	"os"

	"linkname.test/goscen/libs"
)

func main() {
	c := libs.Cbrt(27)
	// XXH64 of "abc", seed 0: the algorithm's value, whatever the version.
	h := libs.XXH64([]byte("abc"), 0)
	fmt.Println("cbrt(27)", c, "XXH64(abc)", h)
	if math.Abs(c-3) > 1e-12 || h != 4952883123889572249 {
		os.Exit(1)
	}
	fmt.Println("ok")
}
