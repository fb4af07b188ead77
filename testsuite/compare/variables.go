package cmp

import _ "unsafe"

// A variable pushed under another name: gccgo 12 refuses.
//go:linkname counter cmpx.counter
var counter int = 4
