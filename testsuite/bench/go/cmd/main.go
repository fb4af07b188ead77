// Command gocall times calls of small C functions from Go: through
// linkname-go's binding in each call class (bounded leaf, unbounded leaf,
// may block), through cgo, and a Go assembly function as the floor; and
// XXH64 (Debian's libxxhash, header-only) through the binding and cgo
// against pure Go github.com/cespare/xxhash/v2, at 16, 64 and 1024
// bytes.  The paths run interleaved in one process, each round in another
// order; minima and medians of ns per call are printed, with the ratios
// issue 16's goals are stated in.  Nothing is asserted.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"linkname.bench/gocall/asm"
	"linkname.bench/gocall/bind"
	"linkname.bench/gocall/cgo"
)

var sink uint64

// Direct calls (no func value) in each loop: what user code does.
func asmLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += asm.Add(int64(i), 1)
	}
	sink += uint64(s)
	return time.Since(t)
}

func boundedLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += bind.Add(int64(i), 1)
	}
	sink += uint64(s)
	return time.Since(t)
}

func leafLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += bind.AddLeaf(int64(i), 1)
	}
	sink += uint64(s)
	return time.Since(t)
}

func blockLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += bind.AddBlock(int64(i), 1)
	}
	sink += uint64(s)
	return time.Since(t)
}

func cgoLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += cgo.Add(int64(i), 1)
	}
	sink += uint64(s)
	return time.Since(t)
}

// The three loops of one size, as closures over its buffer.  Not inlined
// into main: Go 1.27 compiles the closures of a function it inlines
// without inlining into them, so each loop would call bind.XXH64's
// three-line wrapper instead of inlining it as it does in a caller of
// its own (as in user code), and measure one call level more than a
// user gets.
//
//go:noinline
func xxhLoops(size int) [3]func(int) time.Duration {
	b := make([]byte, size)
	for i := range b {
		b[i] = byte(i * 7)
	}
	return [3]func(int) time.Duration{
		func(n int) time.Duration {
			t := time.Now()
			var s uint64
			for i := 0; i < n; i++ {
				s += bind.XXH64(b, 0)
			}
			sink += s
			return time.Since(t)
		},
		func(n int) time.Duration {
			t := time.Now()
			var s uint64
			for i := 0; i < n; i++ {
				s += cgo.XXH64(b)
			}
			sink += s
			return time.Since(t)
		},
		func(n int) time.Duration {
			t := time.Now()
			var s uint64
			for i := 0; i < n; i++ {
				s += xxhash.Sum64(b)
			}
			sink += s
			return time.Since(t)
		},
	}
}

type path struct {
	name  string
	calls int // per timed run, as a fraction of -n: 1/div
	run   func(int) time.Duration
}

func main() {
	n := flag.Int("n", 1000000, "calls per timed run (1024-byte hashes: an eighth)")
	rounds := flag.Int("rounds", 21, "interleaved rounds")
	flag.Parse()
	paths := []path{
		{"Go assembly add", 1, asmLoop},
		{"linkname-go, bounded leaf", 1, boundedLoop},
		{"linkname-go, unbounded leaf", 1, leafLoop},
		{"linkname-go, may block", 1, blockLoop},
		{"cgo", 1, cgoLoop},
	}
	for _, size := range []int{16, 64, 1024} {
		div := 1
		if size > 64 {
			div = 8
		}
		l := xxhLoops(size)
		paths = append(paths,
			path{fmt.Sprintf("XXH64 %d B, linkname-go", size), div, l[0]},
			path{fmt.Sprintf("XXH64 %d B, cgo", size), div, l[1]},
			path{fmt.Sprintf("XXH64 %d B, pure Go (cespare)", size), div, l[2]})
		b := make([]byte, size)
		for i := range b {
			b[i] = byte(i * 7)
		}
		if h := xxhash.Sum64(b); bind.XXH64(b, 0) != h || cgo.XXH64(b) != h {
			fmt.Println("gocall: XXH64 differs between the paths")
			os.Exit(1)
		}
	}
	if asm.Add(2, 40) != 42 || bind.Add(2, 40) != 42 || bind.AddLeaf(2, 40) != 42 ||
		bind.AddBlock(2, 40) != 42 || cgo.Add(2, 40) != 42 {
		fmt.Println("gocall: a path gives the wrong sum")
		os.Exit(1)
	}
	times := make([][]float64, len(paths))
	for r := 0; r < *rounds; r++ {
		for k := range paths {
			i := (k + r) % len(paths)
			c := *n / paths[i].calls
			times[i] = append(times[i], float64(paths[i].run(c).Nanoseconds())/float64(c))
		}
	}
	stat := func(i int) (float64, float64) {
		s := append([]float64(nil), times[i]...)
		sort.Float64s(s)
		return s[0], s[len(s)/2]
	}
	fmt.Printf("== %s: ns per call from Go, %d calls x %d interleaved rounds\n",
		runtime.Version(), *n, *rounds)
	fmt.Printf("%-34s %8s %8s %10s %10s\n", "path", "min", "median", "cgo/path", "path/ref")
	cgoMin, _ := stat(4)
	ref := 0.0
	mins := make([]float64, len(paths))
	for i, p := range paths {
		mn, md := stat(i)
		mins[i] = mn
		if i == 0 {
			ref = mn
		}
		c := cgoMin
		if i >= 5 {
			// Each hash size: cgo is its second row, pure Go its third.
			base := 5 + (i-5)/3*3
			c, _ = stat(base + 1)
			ref, _ = stat(base + 2)
		}
		fmt.Printf("%-34s %8.2f %8.2f %9.1fx %9.2fx\n", p.name, mn, md, c/mn, mn/ref)
	}
	fmt.Println("(path/ref: against Go assembly for add, against pure Go for XXH64; minima)")
	goal := func(ok bool, what string) {
		v := "met"
		if !ok {
			v = "NOT met"
		}
		fmt.Printf("goal %-62s %s\n", what+":", v)
	}
	// Issue 16 states the cgo ratios for Go 1.27, whose cgo is cheaper.
	go127 := strings.HasPrefix(runtime.Version(), "go1.27")
	goal127 := func(ok bool, what string) {
		if go127 {
			goal(ok, what)
		} else {
			fmt.Printf("goal %-62s %s\n", what+":", "(a Go 1.27 goal)")
		}
	}
	goal(mins[1] <= 1.5*mins[0], "bounded leaf within 1.5x of the Go assembly call")
	goal127(mins[4] >= 15*mins[1], "bounded leaf at least 15x cheaper than cgo (Go 1.27)")
	goal127(mins[4] >= 6*mins[2], "unbounded leaf at least 6x cheaper than cgo (Go 1.27)")
	goal(mins[3] <= mins[4]*1.05, "may block no dearer than cgo (5% noise)")
	goal(mins[5] <= 1.5*mins[7], "XXH64 of 16 bytes within 1.5x of pure Go")
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
