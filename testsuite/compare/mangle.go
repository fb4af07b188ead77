package cmp

import _ "unsafe"

// gccgo takes targets verbatim, so libgo writes them encoded by hand.
//go:linkname load sync_1atomic.Load
func load() int { return 8 }
