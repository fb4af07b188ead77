// Command gocall times one call of a small C function from Go through
// cgo, through linkname-go's bindings of add.c and addu.c (each as its
// call class allows) and, as the floor, a Go assembly function. The
// paths run interleaved in one process, each round in another order;
// minima and medians of ns per call are printed.
package main

import (
	"flag"
	"fmt"
	"sort"
	"time"

	"linkname.bench/gocall/asm"
	"linkname.bench/gocall/cgo"
	"linkname.bench/gocall/safe"
	"linkname.bench/gocall/unsafe"
)

var sink int64

// Direct calls (no func value) for each path: what user code does.
func cgoLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += cgo.Add(int64(i), 1)
	}
	sink += s
	return time.Since(t)
}

func safeLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += safe.Add(int64(i), 1)
	}
	sink += s
	return time.Since(t)
}

func unsafeLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += unsafe.Add(int64(i), 1)
	}
	sink += s
	return time.Since(t)
}

func asmLoop(n int) time.Duration {
	t := time.Now()
	var s int64
	for i := 0; i < n; i++ {
		s += asm.Add(int64(i), 1)
	}
	sink += s
	return time.Since(t)
}

func main() {
	n := flag.Int("n", 2000000, "calls per timed run")
	rounds := flag.Int("rounds", 21, "interleaved rounds")
	flag.Parse()
	paths := []struct {
		name string
		run  func(int) time.Duration
	}{
		{"cgo", cgoLoop},
		{"linkname-go (add.c, its class)", safeLoop},
		{"linkname-go (addu.c, its class)", unsafeLoop},
		{"Go assembly add", asmLoop},
	}
	if cgo.Add(2, 40) != 42 || safe.Add(2, 40) != 42 || unsafe.Add(2, 40) != 42 || asm.Add(2, 40) != 42 {
		panic("a path gives the wrong sum")
	}
	times := make([][]float64, len(paths))
	for r := 0; r < *rounds; r++ {
		for k := range paths {
			i := (k + r) % len(paths)
			times[i] = append(times[i], float64(paths[i].run(*n).Nanoseconds())/float64(*n))
		}
	}
	stat := func(v []float64) (float64, float64) {
		s := append([]float64(nil), v...)
		sort.Float64s(s)
		return s[0], s[len(s)/2]
	}
	cgoMin, cgoMed := stat(times[0])
	fmt.Printf("== ns per call from Go, %d calls x %d interleaved rounds\n", *n, *rounds)
	fmt.Printf("%-40s %8s %8s %12s %12s\n", "path", "min", "median", "cgo/path min", "cgo/path med")
	for i, p := range paths {
		mn, md := stat(times[i])
		fmt.Printf("%-40s %8.2f %8.2f %12.1f %12.1f\n", p.name, mn, md, cgoMin/mn, cgoMed/md)
	}
	_ = sink
}
