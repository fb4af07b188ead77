// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Package cref: the scenario tests' C (../c/scen.c) through cgo, the
// oracle each binding is held against.
package cref

// #cgo CFLAGS: -w -O2
// #cgo LDFLAGS: -lm
// #include "../c/scen.c"
import "C"

import "unsafe"

func ReadByte(fd int32) int32 { return int32(C.read_byte(C.int(fd))) }
func Sleep(ms int64) int32    { return int32(C.sleep_ms(C.long(ms))) }
func Crash(p *int32)          { C.crash((*C.int)(unsafe.Pointer(p))) }
func Spin(n int64) uint64     { return uint64(C.spin(C.long(n))) }
