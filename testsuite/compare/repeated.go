package cmp

import _ "unsafe"

// Two directives for one name: the last one wins.
//go:linkname f cmpx.first
//go:linkname f cmpx.second
func f() int { return 5 }
