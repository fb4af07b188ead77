package cmp

import _ "unsafe"

// A directive for a name that is not declared.
//go:linkname nonexist cmpx.nonexist
func f() int { return 3 }
