//go:build !go1.23

package check

import (
	"runtime"
	"testing"

	"linkname.test/gobind/bind"
	"linkname.test/gobind/cref"
)

// TestLockedCaller: called with m.locks raised, as from the runtime's
// own code, a bounded stub with its Go entry and a leaf stub leave it as
// they found it (they set and clear m.mallocing, not m.locks); after
// releasem it is 0 again, or the Gosched throws "schedule: holding
// locks".
func TestLockedCaller(t *testing.T) {
	done := make(chan bool)
	go func() {
		mp := cref.Acquirem()
		for i := 0; i < 100; i++ {
			bind.Where(int64(i))
			bind.Recurse(10, nil)
		}
		cref.Releasem(mp)
		runtime.Gosched()
		done <- true
	}()
	<-done
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
