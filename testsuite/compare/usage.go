package cmp

import _ "unsafe"

// No argument, and three.
//go:linkname
//go:linkname a b c
func a() int { return 6 }
