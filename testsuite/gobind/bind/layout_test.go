// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

package bind

import (
	"debug/dwarf"
	"debug/elf"
	"os"
	"testing"
)

// TestLayout: the offsets of runtime.m the leaf and bounded stubs use
// (linkname_go1NN_amd64.go) are those of this runtime's DWARF.
func TestLayout(t *testing.T) {
	f, err := elf.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	d, err := f.DWARF()
	if err != nil {
		t.Skip("no DWARF:", err)
	}
	want := map[string]int64{"curg": linknameMCurg, "mallocing": linknameMMalloc, "vdsoSP": linknameMVdsoSP, "vdsoPC": linknameMVdsoPC, "signalPending": linknameMSigPend, "g0": 0}
	wantG := map[string]int64{"stack": 0, "m": 48, "sched": 56}
	r := d.Reader()
	seen := 0
	for {
		e, err := r.Next()
		if err != nil || e == nil {
			break
		}
		name, _ := e.Val(dwarf.AttrName).(string)
		if e.Tag != dwarf.TagStructType || (name != "runtime.m" && name != "runtime.g") {
			continue
		}
		ty, err := d.Type(e.Offset)
		if err != nil {
			t.Fatal(err)
		}
		w := want
		if name == "runtime.g" {
			w = wantG
		}
		for _, fd := range ty.(*dwarf.StructType).Field {
			if off, ok := w[fd.Name]; ok {
				seen++
				if fd.ByteOffset != off {
					t.Errorf("%s.%s is at %d; the stubs use %d", name, fd.Name, fd.ByteOffset, off)
				}
			}
		}
		r.SkipChildren()
	}
	if seen != len(want)+len(wantG) {
		t.Fatalf("found %d of the %d runtime fields in DWARF", seen, len(want)+len(wantG))
	}
}
