// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command scen runs one scenario of issue 16's table with one way of
// calling the C of ../../c/scen.c: "cgo" (the oracle) or a binding of a
// given call class.  run.sh runs each pair in its own process, under a
// timeout, and judges the output; the last line is "ok ..." when the
// scenario went as it goes under cgo.
//
//	scen SCENARIO IMPL [PROFILE-FILE]
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"linkname.test/goscen/bind"
	"linkname.test/goscen/cref"
)

var reads = map[string]func(int32) int32{
	"cgo":          cref.ReadByte,
	"block":        bind.ReadBlock,
	"block-attr":   bind.ReadBlockAttr,
	"block-pragma": bind.ReadBlockPragma,
}

var sleeps = map[string]func(int64) int32{
	"cgo":          cref.Sleep,
	"block":        bind.SleepBlock,
	"block-attr":   bind.SleepBlockAttr,
	"block-pragma": bind.SleepBlockPragma,
	"leaf-attr":    bind.SleepLeaf,
	"leaf-pragma":  bind.SleepLeafPragma,
}

var crashes = map[string]func(*int32){
	"cgo":          cref.Crash,
	"bounded":      bind.CrashBounded,
	"leaf":         func(p *int32) { bind.CrashLeaf(p, 27) },
	"leaf-attr":    bind.CrashLeafAttr,
	"block-attr":   bind.CrashBlockAttr,
	"block-pragma": bind.CrashBlockPragma,
}

var spins = map[string]func(int64) uint64{
	"cgo":          cref.Spin,
	"bounded":      bind.SpinBounded,
	"leaf":         func(n int64) uint64 { return bind.SpinLeaf(n, 27) },
	"block-attr":   bind.SpinBlockAttr,
	"block-pragma": bind.SpinBlockPragma,
}

var keep [][]byte

func fail(format string, a ...interface{}) {
	fmt.Printf("FAIL "+format+"\n", a...)
	os.Exit(1)
}

func pick[F any](m map[string]F, impl string) F {
	f, ok := m[impl]
	if !ok {
		fail("no implementation %q for this scenario", impl)
	}
	return f
}

// pipe: a goroutine blocks in C read () on a pipe; this one allocates
// ALLOC bytes (the garbage collector must stop the world), then writes
// the byte that ends the read.
func pipe(read func(int32) int32, alloc int) {
	var fds [2]int
	if err := syscall.Pipe(fds[:]); err != nil {
		fail("pipe: %v", err)
	}
	done := make(chan int32)
	go func() { done <- read(int32(fds[0])) }()
	time.Sleep(100 * time.Millisecond)
	t := time.Now()
	for n := 0; n < alloc; n += 1 << 20 {
		keep = append(keep, make([]byte, 1<<20))
	}
	if _, err := syscall.Write(fds[1], []byte{7}); err != nil {
		fail("write: %v", err)
	}
	if v := <-done; v != 7 {
		fail("read gave %d, not 7", v)
	}
	fmt.Printf("ok %v\n", time.Since(t).Round(time.Millisecond))
}

//go:noinline
func crashCaller(f func(*int32)) {
	f(nil)
}

//go:noinline
func profileCaller(f func(int64) uint64, d time.Duration) uint64 {
	var s uint64
	for t := time.Now(); time.Since(t) < d; {
		s += f(200000)
	}
	return s
}

func main() {
	if len(os.Args) < 3 {
		fail("usage: scen SCENARIO IMPL [PROFILE-FILE]")
	}
	scen, impl := os.Args[1], os.Args[2]
	switch scen {
	case "pipe-gc":
		pipe(pick(reads, impl), 256<<20)
	case "pipe-p1":
		runtime.GOMAXPROCS(1)
		pipe(pick(reads, impl), 0)
	case "gc-sleep":
		// runtime.GC () while a goroutine sleeps 2 s in C: the collector
		// must not wait for it.
		sleep := pick(sleeps, impl)
		go sleep(2000)
		time.Sleep(100 * time.Millisecond)
		t := time.Now()
		runtime.GC()
		d := time.Since(t)
		if d > time.Second {
			fail("runtime.GC took %v", d)
		}
		fmt.Printf("ok %v\n", d.Round(time.Millisecond))
	case "eintr":
		// An idle program: nothing may interrupt C's nanosleep.
		if n := pick(sleeps, impl)(1000); n != 0 {
			fail("%d EINTR in a 1 s nanosleep", n)
		}
		fmt.Println("ok 0 EINTR")
	case "many":
		// 1000 goroutines x 10 ms of C sleep on 2 Ps: the Ps must be
		// handed off.
		runtime.GOMAXPROCS(2)
		sleep := pick(sleeps, impl)
		var wg sync.WaitGroup
		t := time.Now()
		for i := 0; i < 1000; i++ {
			wg.Add(1)
			go func() { defer wg.Done(); sleep(10) }()
		}
		wg.Wait()
		d := time.Since(t)
		if d > 2500*time.Millisecond {
			fail("1000 x 10 ms took %v", d)
		}
		fmt.Printf("ok %v\n", d.Round(time.Millisecond))
	case "crash":
		crashCaller(pick(crashes, impl))
		fail("no crash")
	case "profile":
		if len(os.Args) < 4 {
			fail("profile: no file")
		}
		spin := pick(spins, impl)
		f, err := os.Create(os.Args[3])
		if err != nil {
			fail("%v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fail("%v", err)
		}
		profileCaller(spin, time.Second)
		pprof.StopCPUProfile()
		f.Close()
		fmt.Println("ok profile written")
	default:
		fail("no scenario %q", scen)
	}
}
