// Package cgo: Add through cgo.
package cgo

// static long add (long a, long b) { return a + b; }
import "C"

func Add(a, b int64) int64 { return int64(C.add(C.long(a), C.long(b))) }
