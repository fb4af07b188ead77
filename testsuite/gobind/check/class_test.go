// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

package check

import (
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"linkname.test/gobind/bind"
)

// child runs the test binary again with LINKNAME_CHILD=what, killed
// after the deadline; its output and whether it ended in time.
func child(t *testing.T, what string, deadline time.Duration) (string, bool) {
	cmd := exec.Command(os.Args[0], "-test.run=TestChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "LINKNAME_CHILD="+what, "GOTRACEBACK=single")
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
		return out.String(), true
	case <-time.After(deadline):
		cmd.Process.Kill()
		<-done
		return out.String(), false
	}
}

// TestChild is what child runs; without LINKNAME_CHILD it does nothing.
func TestChild(t *testing.T) {
	switch os.Getenv("LINKNAME_CHILD") {
	case "handoff":
		// One P: while a goroutine blocks in C's read, the P must go to
		// this goroutine, or nothing ever writes the byte.
		runtime.GOMAXPROCS(1)
		var p [2]int
		if err := syscall.Pipe(p[:]); err != nil {
			t.Fatal(err)
		}
		got := make(chan int64)
		go func() { got <- bind.ReadByte(int32(p[0])) }()
		time.Sleep(50 * time.Millisecond)
		runtime.GC()
		syscall.Write(p[1], []byte{'z'})
		if b := <-got; b != 'z' {
			t.Fatalf("ReadByte read %d", b)
		}
		os.Stdout.WriteString("handoff ok\n")
	case "bounded", "leaf", "block":
		// A deferred recover must not see the fault: under cgo it is
		// fatal, and a panic recovered in the middle of C frames would
		// go on with them abandoned.
		defer func() {
			if r := recover(); r != nil {
				os.Stdout.WriteString("recovered a fault in C\n")
			}
		}()
		switch os.Getenv("LINKNAME_CHILD") {
		case "bounded":
			crashBounded()
		case "leaf":
			crashLeaf()
		default:
			crashBlock()
		}
	}
}

//go:noinline
func crashBounded() { bind.Deref(nil) }

//go:noinline
func crashLeaf() { bind.DerefLeaf(nil, 16) }

//go:noinline
func crashBlock() { bind.DerefBlock(nil) }

// TestHandOff: a block-class call hands the P off, as cgo's do.
func TestHandOff(t *testing.T) {
	out, ok := child(t, "handoff", 60*time.Second)
	if !ok || !strings.Contains(out, "handoff ok") {
		t.Fatalf("a goroutine blocked in C's read held the only P (ended in time: %v):\n%s", ok, out)
	}
}

// TestErrno: -errno SetErrno returns C's errno as a syscall.Errno.
func TestErrno(t *testing.T) {
	r, err := bind.SetErrno(int32(syscall.ENOENT))
	if r != -1 || err != syscall.ENOENT {
		t.Fatalf("SetErrno: %d, %v; want -1, %v", r, err, syscall.ENOENT)
	}
	if _, err := bind.SetErrno(0); err != nil {
		t.Fatalf("SetErrno(0): %v", err)
	}
}

// lostTrace is what the runtime prints when a trace does not unwind.
var lostTrace = regexp.MustCompile(`unknown pc|unknown caller pc|did not unwind|panic during panic`)

// TestCrash: a fault in C, in every class, prints what cgo prints: the
// signal, the fault address and the Go caller; and, as under cgo, it is
// fatal: no deferred recover sees it.
func TestCrash(t *testing.T) {
	for _, c := range []struct{ class, caller string }{
		{"bounded", "check.crashBounded"},
		{"leaf", "check.crashLeaf"},
		{"block", "check.crashBlock"},
	} {
		out, ok := child(t, c.class, 60*time.Second)
		// As cgo: "fatal error: unexpected signal during runtime
		// execution" and "[signal SIGSEGV: segmentation violation
		// code=0x1 addr=0x0 pc=...]" (Go 1.19; Go 1.27 for the
		// goroutine-stack path), or the signal handler's own
		// "SIGSEGV: segmentation violation" and "PC=... addr=0x0"
		// (Go 1.27 on the system stack); then the goroutine's trace.
		if strings.Contains(out, "recovered a fault in C") {
			t.Errorf("%s: a NULL dereference in C was a panic that recover caught:\n%s", c.class, out)
			continue
		}
		for _, want := range []string{"SIGSEGV: segmentation violation", "addr=0x0"} {
			if !ok || !strings.Contains(out, want) {
				t.Errorf("%s: a NULL dereference in C: no %q in:\n%s", c.class, want, out)
				break
			}
		}
		// The caller as a frame of the goroutine's trace, unwound from
		// what the stub published (m.vdsoPC, m.vdsoSP), not a word of a
		// stack dump after "unknown pc".
		frame := regexp.MustCompile(`(?m)^\S*` + regexp.QuoteMeta(c.caller) + `\(`)
		if lost := lostTrace.FindString(out); lost != "" {
			t.Errorf("%s: a NULL dereference in C: %q in the trace:\n%s", c.class, lost, out)
		} else if !frame.MatchString(out) {
			t.Errorf("%s: a NULL dereference in C: no frame of %s in:\n%s", c.class, c.caller, out)
		}
	}
}

// TestBuffers: C's (buffer, size) parameters take a []byte or a string.
func TestBuffers(t *testing.T) {
	b := []byte("hello, world")
	var want uint64
	for _, c := range b {
		want = want*31 + uint64(c)
	}
	if got := bind.SumBytes(b); got != want {
		t.Errorf("SumBytes: %d, want %d", got, want)
	}
	if got := bind.SumBytes(nil); got != 0 {
		t.Errorf("SumBytes(nil): %d", got)
	}
	if got := bind.SumString(0, "hello, world"); got != want {
		t.Errorf("SumString: %d, want %d", got, want)
	}
	buf := make([]byte, 30)
	if n := bind.FillBuf(buf[:28]); n != 27 || string(buf[:3]) != "abc" || buf[28] != 0 {
		t.Errorf("FillBuf: %d, %q", n, buf)
	}
}
