// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

package check

import (
	"syscall"
	"testing"

	"linkname.test/gobind/bind"
)

// TestNames: C parameters named as the generated Go code's own names
// (frame, err, e, len, int64, uintptr, a type, linknameE_...) are
// renamed on the Go side, and every value still reaches C's parameter.
func TestNames(t *testing.T) {
	got := bind.NamesBlock(1, 10, 100, 1000, 10000, 100000, bind.NamesPt{X: 1000000, Y: 10000000})
	want := int64(1 + 2*10 + 3*100 + 4*1000 + 5*10000 + 6*100000 + 7*1000000 + 8*10000000)
	if got != want {
		t.Errorf("NamesBlock: %d, want %d", got, want)
	}
	r, err := bind.NamesErrno("xyz", 5, int32(syscall.EAGAIN))
	if r != 3+5+1 || err != syscall.EAGAIN {
		t.Errorf("NamesErrno: %d, %v; want 9, %v", r, err, syscall.EAGAIN)
	}
	if n := bind.NamesBytes([]byte{7, 8}, 3, 5); n != 2+2*3+3*5+100*7 {
		t.Errorf("NamesBytes: %d, want %d", n, 2+2*3+3*5+100*7)
	}
}
