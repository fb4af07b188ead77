package cmp

import _ "unsafe"

// Push: a package-local function emitted under another name.
//go:linkname pushed cmpx.pushed
func pushed() int { return 1 }
