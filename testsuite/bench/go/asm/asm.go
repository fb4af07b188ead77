// Package asm: Add in Go assembly, the floor.
package asm

func Add(a, b int64) int64
