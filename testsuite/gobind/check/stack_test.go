package check

import (
	"runtime"
	"sync"
	"testing"
	"unsafe"

	"linkname.test/gobind/bind"
	"linkname.test/gobind/cref"
)

// canary is a goroutine whose stack holds a known pattern while C runs
// elsewhere; it reports whether the pattern survived.
func canary(seed uint64, start *sync.WaitGroup, stop <-chan struct{}, ok chan<- bool) {
	var buf [512]uint64
	for i := range buf {
		buf[i] = seed*0x9e3779b97f4a7c15 + uint64(i)
	}
	start.Done()
	<-stop
	good := true
	for i := range buf {
		if buf[i] != seed*0x9e3779b97f4a7c15+uint64(i) {
			good = false
		}
	}
	ok <- good
}

// TestStack: C functions with a 64 KiB frame and 2,000-deep recursion,
// called from fresh goroutines (a few KiB of stack) on every P at once,
// give cgo's results and leave other goroutines' stacks and the heap
// intact.
func TestStack(t *testing.T) {
	for round := 0; round < 10; round++ {
		const n = 64
		var start sync.WaitGroup
		stop := make(chan struct{})
		ok := make(chan bool, n)
		heap := make([][]uint64, 256)
		for i := range heap {
			heap[i] = make([]uint64, 64)
			for j := range heap[i] {
				heap[i][j] = uint64(i*131 + j)
			}
		}
		for i := 0; i < n; i++ {
			start.Add(1)
			go canary(uint64(round*n+i), &start, stop, ok)
		}
		start.Wait()
		var calls sync.WaitGroup
		type result struct{ big, deep, wantBig, wantDeep int64 }
		results := make(chan result, 8)
		for i := 0; i < 8; i++ {
			calls.Add(1)
			go func(seed int32) {
				defer calls.Done()
				results <- result{int64(bind.BigFrame(seed)), bind.Recurse(2000, nil),
					int64(cref.BigFrame(seed)), cref.Recurse(2000)}
			}(int32(round*8 + i))
		}
		calls.Wait()
		close(results)
		for r := range results {
			if r.big != r.wantBig || r.deep != r.wantDeep {
				t.Fatalf("round %d: BigFrame %d, Recurse %d; cgo gives %d, %d", round, r.big, r.deep, r.wantBig, r.wantDeep)
			}
		}
		close(stop)
		for i := 0; i < n; i++ {
			if !<-ok {
				t.Fatalf("round %d: a goroutine's stack was overwritten", round)
			}
		}
		for i := range heap {
			for j := range heap[i] {
				if heap[i][j] != uint64(i*131+j) {
					t.Fatalf("round %d: the heap was overwritten", round)
				}
			}
		}
	}
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

var sink byte

// heap: where TestEntry allocates between calls.
var heap []byte

// grow uses about N KiB of the goroutine's stack, which then keeps that
// size (until a GC shrinks it).
//
//go:noinline
func grow(n int) {
	var pad [1024]byte
	pad[n%1024] = byte(n)
	if n > 0 {
		grow(n - 1)
	}
	sink += pad[(n*7)%1024]
}

// TestEntry: a bounded function with a Go entry runs on the goroutine's
// own stack (a C local lies just below the Go caller's); m.mallocing is
// 0 again after each call, or the allocation after it would throw "malloc
// deadlock"; a 64 KiB C frame on a goroutine stack grown to 512 KiB gives
// cgo's result.
func TestEntry(t *testing.T) {
	done := make(chan string)
	go func() {
		grow(512)
		var local byte
		for i := 0; i < 1000; i++ {
			// Read anew each round: a GC may shrink, and so move, the
			// stack grown above.
			here := uintptr(unsafe.Pointer(&local))
			w := uintptr(bind.Where(int64(i)))
			if w >= here || here-w > 16<<10 {
				done <- "C ran away from the goroutine's stack"
				return
			}
			heap = make([]byte, 16+i%64)
			if i%10 == 0 {
				runtime.Gosched()
			}
		}
		for i := int32(0); i < 20; i++ {
			if got, want := bind.BigFrame(i), cref.BigFrame(i); got != want {
				done <- "BigFrame differs from cgo's"
				return
			}
			runtime.Gosched()
		}
		done <- ""
	}()
	if msg := <-done; msg != "" {
		t.Fatal(msg)
	}
}
