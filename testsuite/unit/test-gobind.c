/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-gobind.c - from object notes to Go: layouts, names, errors.  The
   end-to-end proof (gc, vet, cgo as the oracle) is testsuite/gobind/.  */
#include "unit.h"
#include "gobind.h"
#include "linkname/sbuf.h"

#include <stdlib.h>
#include <string.h>

static const char point_note[]
  = "linkname-go 1\n"
    "func\tpkg.Mid\tpkg.Mid.abi0\t\n"
    "arg\ta\ts0\tstruct point\n"
    "arg\ttype\tps1\tstruct tail *\n"
    "arg\t\tU\tsize_t\n"
    "res\ts0\tstruct point\n"
    "type\t0\tpoint\ts\t16\t8\tstruct point\n"
    "field\t0\tx\t0\ti4\tint\n"
    "field\t0\tX\t8\ti8\tlong int\n"
    "type\t1\tpair_t\ts\t24\t8\tstruct tail\n"
    "field\t1\ta\t0\ti8\tlong int\n"
    "field\t1\tnext\t8\tps1\tstruct tail *\n"
    "field\t1\tc\t16\tu1\tunsigned char\n";

static const char union_note[]
  = "linkname-go 1\n"
    "func\tpkg.Num\tpkg.Num.abi0\t\n"
    "arg\tn\ts0\tunion num\n"
    "res\tb\t_Bool\n"
    "type\t0\tnum\tu\t12\t4\tunion num\n"
    "field\t0\ti\t0\ti4\tint\n"
    "field\t0\tf\t0\ta3_f4\tfloat[3]\n";

static const char bad_note[]
  = "linkname-go 1\n"
    "func\tpkg.Bits\tpkg.Bits.abi0\t\n"
    "arg\tb\ts0\tstruct bits\n"
    "type\t0\tbits\ts\t4\t4\tstruct bits\n"
    "field\t0\ta\t0\t!bit-fields have no Go counterpart\t<bits>\n";

/* Notes with locations and classes: the stubs per class.  */
static const char add_note[]
  = "linkname-go 1\n"
    "func\tpkg.Add\tpkg.Add.abi0\t\n"
    "class\tbounded\t64\tno calls\n"
    "arg\ta\ti4\tint\tdi@0:4\n"
    "arg\tb\ti1\tsigned char\tsi@0:1\n"
    "res\ti4\tint\tax@0:4\n";

static const char mix_note[]
  = "linkname-go 1\n"
    "func\tpkg.Mix\tpkg.Mix.abi0\t\n"
    "class\tleaf\t0\ta variable-length array\n"
    "arg\tx\tf8\tdouble\txmm0@0:8\n"
    "arg\tn\ti8\tlong\ts0+8\n"
    "res\ts0\tstruct big\tm:di\n"
    "type\t0\tbig\ts\t24\t8\tstruct big\n"
    "field\t0\ta\t0\ti8\tlong\n"
    "field\t0\tb\t8\ti8\tlong\n"
    "field\t0\tc\t16\ti8\tlong\n";

static const char rd_note[]
  = "linkname-go 1\n"
    "func\tpkg.Rd\tpkg.Rd.abi0\t\n"
    "class\tblock\t0\tcalls read\n"
    "arg\tfd\ti4\tint\tdi@0:4\n"
    "res\ti8\tlong\tax@0:8\n";

static void
test_gobind_classes (void)
{
  char err[512];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, add_note, "a.o", err, sizeof err) == 0);
  CHECK (lg_add_note (g, mix_note, "a.o", err, sizeof err) == 0);
  CHECK (lg_add_note (g, rd_note, "a.o", err, sizeof err) == 0);
  const char *const errno_funcs[] = { "Rd", NULL };
  struct lg_options o = { "pkg", "linkname-go test", "K1", errno_funcs,
                          NULL, NULL, NULL };
  struct lg_output out;
  char *errors = NULL;
  CHECK (lg_generate (g, &o, &out, &errors) == 0);
  const char *go = lg_output_file (&out, "linkname_amd64.go");
  const char *as = lg_output_file (&out, "linkname_amd64.s");
  const char *s19 = lg_output_file (&out, "linkname_go119_amd64.s");
  const char *s27 = lg_output_file (&out, "linkname_go127_amd64.s");
  const char *v19 = lg_output_file (&out, "linkname_go119_amd64.go");
  const char *gover = lg_output_file (&out, "linkname_gover_amd64.go");
  CHECK (go && as && s19 && s27 && v19 && gover);
  if (go && as && s19 && s27 && v19 && gover)
    {
      /* The layouts: Go 1.19's and 1.27's runtime.m, each file under
	 its version's constraint, any other version refused.  */
      CHECK (lg_nlayouts == 2);
      /* The stubs set m.vdsoSP and m.vdsoPC with one 16-byte store.  */
      for (size_t k = 0; k < lg_nlayouts; k++)
	CHECK (lg_layouts[k].m_vdsopc == lg_layouts[k].m_vdsosp + 8);
      CHECK (lg_layouts[0].m_vdsosp == 800 && lg_layouts[0].m_vdsopc == 808
	     && lg_layouts[0].m_mallocing == 240 && lg_layouts[0].m_curg == 192);
      CHECK (lg_layouts[1].m_vdsosp == 896 && lg_layouts[1].m_vdsopc == 904
	     && lg_layouts[1].m_mallocing == 240 && lg_layouts[1].m_curg == 184);
      CHECK_CONTAINS (s19, "//go:build cgo && go1.19 && !go1.20\n");
      CHECK_CONTAINS (s19, "#define M_CURG 192\n#define M_MALLOCING 240\n"
			   "#define M_VDSOSP 800\n#define M_VDSOPC 808\n");
      CHECK_CONTAINS (s27, "//go:build cgo && go1.27 && !go1.28\n");
      CHECK_CONTAINS (s27, "#define M_VDSOSP 896\n");
      CHECK_CONTAINS (s19, "#define M_SIGPENDING 820\n");
      CHECK_CONTAINS (s27, "#define M_SIGPENDING 916\n");
      CHECK_CONTAINS (v19, "linknameGoRuntime = \"go1.19\"");
      CHECK_CONTAINS (gover, "//go:build cgo && !(go1.19 && !go1.20) && "
			     "!(go1.27 && !go1.28)\n");
      CHECK_CONTAINS (gover, "var _ = this_package_has_C_stubs_verified_");
      CHECK_CONTAINS (go, "if len(v) < n || v[:n] != linknameGoRuntime");
      /* bounded: the bookkeeping, the bound check against g.stack.lo
	 (64 + 0 outgoing + 16 + 8 + the guard), the direct call with
	 sign extension, the result through its name.  */
      CHECK_CONTAINS (s19, "TEXT \xc2\xb7" "Add(SB), NOSPLIT|NOFRAME, $0-12\n"
			   "\tMOVQ\t48(R14), BX\t// g.m\n"
			   "\tLEAQ\t8(SP), AX\t// the Go caller's SP\n"
			   "\tMOVQ\tAX, X0\n"
			   "\tMOVHPS\t0(SP), X0\t// and PC\n"
			   "\tMOVOU\tX0, M_VDSOSP(BX)\t// m.vdsoSP and m.vdsoPC\n"
			   "\tMOVQ\tSP, R12\n"
			   "\tLEAQ\t-1944(SP), R13");
      CHECK_CONTAINS (s19, "\tCMPQ\tR13, 0(R14)\t// g.stack.lo\n"
			   "\tJLS\tsystem\n"
			   "\tMOVL\t$1, M_MALLOCING(BX)\n"
			   "\tMOVQ\tSP, R13\n"
			   "\tANDQ\t$~15, R13\n"
			   "\tMOVL\t8(R12), DI\n\tMOVBLSX\t12(R12), SI\n"
			   "\tMOVQ\tR13, SP\n"
			   "\tCALL\tpkg\xc2\xb7" "Add\xc2\xb7\xc2\xb7" "c\xc2\xb7" "K1(SB)\n"
			   "\tMOVQ\tR12, SP\n"
			   "\tMOVL\t$0, M_MALLOCING(BX)\n"
			   "\tJMP\tdone\nsystem:\n");
      /* m.mallocing on the goroutine's stack only: on the system stack
	 a signal's g is g0, which makes it fatal already.  */
      CHECK_CONTAINS (s19, "done:\n\tMOVQ\t$0, M_VDSOSP(BX)\n"
			   "\tMOVL\tAX, ret+8(FP)\n\tRET\n");
      /* A bounded function makes no system call: m.signalPending is the
	 leaf stubs' only (set before, cleared after).  */
      const char *add = strstr (s19, "TEXT \xc2\xb7" "Add(");
      const char *add_end = add ? strstr (add, "\tRET\n") : NULL;
      const char *add_sp = add ? strstr (add, "M_SIGPENDING") : NULL;
      CHECK (add && add_end && (!add_sp || add_sp > add_end));
      /* leaf: the system stack, g switched to g0 and back; a double in
	 X0, a stack argument copied to the outgoing area, the result
	 written in place through the hidden pointer.  */
      CHECK_CONTAINS (s19, "TEXT \xc2\xb7" "Mix(SB), NOSPLIT|NOFRAME, $0-40\n");
      CHECK_CONTAINS (s19, "\tMOVQ\t0(BX), AX\t// m.g0\n"
			   "\tMOVQ\t56(AX), R13\t// g0.sched.sp: the system "
			   "stack\n\tMOVQ\tTLS, CX\n"
			   "\tMOVQ\tAX, 0(CX)(TLS*1)\t// g = m.g0\n"
			   "\tMOVQ\tAX, R14\n\tSUBQ\t$16, R13\n"
			   "\tANDQ\t$~15, R13\n"
			   "\tMOVQ\t16(R12), AX\n\tMOVQ\tAX, 0(R13)\n"
			   "\tMOVSD\t8(R12), X0\n"
			   "\tLEAQ\tret+16(FP), DI\n");
      CHECK_CONTAINS (s19, "\tMOVQ\tM_CURG(BX), R14\n\tMOVQ\tTLS, CX\n"
			   "\tMOVQ\tR14, 0(CX)(TLS*1)\t// g = m.curg again\n"
			   "\tMOVQ\t$0, M_VDSOSP(BX)\n");
      const char *mix = strstr (s19, "TEXT \xc2\xb7" "Mix");
      CHECK (mix && !strstr (mix, "JLS"));
      CHECK_CONTAINS (mix ? mix : "", "\tMOVOU\tX0, M_VDSOSP(BX)\t// m.vdsoSP "
			   "and m.vdsoPC\n"
			   "\tMOVL\t$1, M_SIGPENDING(BX)\t// no preemption "
			   "signal\n");
      CHECK_CONTAINS (mix ? mix : "", "\tMOVQ\t$0, M_VDSOSP(BX)\n"
			   "\tMOVL\t$0, M_SIGPENDING(BX)\n"
			   "\tRET\n");
      CHECK (mix && !strstr (mix, "M_MALLOCING"));
      /* block with errno: cgocall, the trampoline's direct call, the
	 result stored in the block, errno cleared and returned.  */
      CHECK_CONTAINS (go, "func Rd(fd int32) (int64, error) {\n");
      CHECK_CONTAINS (go, "if e := linknameCgocall(linknameC_Rd, "
			  "unsafe.Pointer(&frame)); e != 0 {\n"
			  "\t\terr = syscall.Errno(e)\n");
      CHECK_CONTAINS (as, "TEXT linkname_Rd<>(SB), NOSPLIT|NOFRAME, $0-0\n"
			  "\tPUSHQ\tBX\n\tMOVQ\tDI, BX\n"
			  "\tCALL\tlinkname_errno_clear\xc2\xb7K1(SB)\n"
			  "\tMOVL\t0(BX), DI\n"
			  "\tCALL\tpkg\xc2\xb7Rd\xc2\xb7\xc2\xb7" "c\xc2\xb7K1(SB)\n"
			  "\tMOVQ\tAX, 8(BX)\n"
			  "\tCALL\tlinkname_errno_get\xc2\xb7K1(SB)\n"
			  "\tPOPQ\tBX\n\tRET\n");
      /* The classes and why, on the declarations and in -v's list.  */
      CHECK_CONTAINS (go, "// Class bounded (at most 64 bytes of stack: no "
			  "calls)");
      CHECK_CONTAINS (go, "// Class leaf (a variable-length array)");
      CHECK_CONTAINS (go, "// Class block (calls read)");
      CHECK_CONTAINS (out.listing, "Add\tbounded\tpkg.Add\tbound 64\tno "
				   "calls\n");
      CHECK_CONTAINS (out.listing, "Mix\tleaf\tpkg.Mix\ta variable-length "
				   "array\n");
      /* The symbols, keyed by the package.  */
      const char *from, *to;
      lg_rename (g, 0, &from, &to);
      CHECK_STR (to, "pkg.Add..c.K1");
      lg_rename (g, 1, &from, &to);
      CHECK_STR (to, "pkg.Add..c.K1.abi0");
    }
  lg_output_free (&out);
  free (errors);

  /* A byte buffer and its size: one []byte in the Go frame (pointer,
     length, capacity), a string for const char *.  */
  {
    struct lg_bind *g2 = lg_new ();
    CHECK (lg_add_note (g2, "linkname-go 1\nfunc\tpkg.Sum\tpkg.Sum.abi0\t\n"
			    "class\tbounded\t32\tno calls\n"
			    "arg\tp\tP\tconst void *\tdi@0:8\n"
			    "arg\tn\tU\tsize_t\tsi@0:8\n"
			    "arg\ts\tpi1\tconst char *\tdx@0:8\n"
			    "arg\tm\tU\tsize_t\tcx@0:8\n"
			    "res\tu8\tunsigned long\tax@0:8\n",
			"p.o", err, sizeof err) == 0);
    struct lg_options o3 = { "pkg", "t", NULL, NULL, NULL, NULL, NULL };
    CHECK (lg_generate (g2, &o3, &out, &errors) == 0);
    const char *go2 = lg_output_file (&out, "linkname_amd64.go");
    const char *s2 = lg_output_file (&out, "linkname_go127_amd64.s");
    if (go2 && s2)
      {
	CHECK_CONTAINS (go2, "func Sum(p []byte, s string) uint64\n");
	CHECK_CONTAINS (s2, "TEXT \xc2\xb7Sum(SB), NOSPLIT|NOFRAME, $0-48\n");
	CHECK_CONTAINS (s2, "\tMOVQ\t8(R12), DI\n\tMOVQ\t16(R12), SI\n"
			    "\tMOVQ\t32(R12), DX\n\tMOVQ\t40(R12), CX\n");
	CHECK_CONTAINS (s2, "\tMOVQ\tAX, ret+40(FP)\n");
      }
    lg_output_free (&out);
    free (errors);
    lg_free (g2);
  }

  /* -errno of no such function is an error.  */
  const char *const no_such[] = { "Nope", NULL };
  struct lg_options o2 = { "pkg", "t", "K1", no_such, NULL, NULL, NULL };
  CHECK (lg_generate (g, &o2, &out, &errors) != 0);
  if (errors)
    CHECK_CONTAINS (errors, "-errno Nope: no such function");
  free (errors);
  lg_free (g);
}

/* The TEXT of Go function NAME in S, up to the next one, in BUF.  */
static const char *
stub_text (const char *s, const char *name, char *buf, size_t len)
{
  char head[128];
  snprintf (head, sizeof head, "TEXT \xc2\xb7%s(SB)", name);
  const char *a = s ? strstr (s, head) : NULL;
  if (!a)
    return "";
  const char *e = strstr (a + 1, "\nTEXT ");
  size_t n = e ? (size_t) (e - a) : strlen (a);
  if (n >= len)
    n = len - 1;
  memcpy (buf, a, n);
  buf[n] = 0;
  return buf;
}

/* pkg.Add (long, long) long, bounded in 64 bytes: its note's lines up
   to its class.  */
#define ADD_BOUNDED                                                     \
  "func\tpkg.Add\t=\t\n"                                                \
  "arg\ta\ti8\tlong\tdi@0:8\n"                                           \
  "arg\tb\ti8\tlong\tsi@0:8\n"                                           \
  "res\ti8\tlong\tax@0:8\n"                                               \
  "class\tbounded\t64\tno calls\n"

/* G's Go 1.27 assembly, package pkg, key K1, in OUT.  */
static const char *
generate_go127 (struct lg_bind *g, struct lg_output *out, char **errors)
{
  struct lg_options o = { "pkg", "t", "K1", NULL, NULL, NULL, NULL };
  CHECK (lg_generate (g, &o, out, errors) == 0);
  const char *s = lg_output_file (out, "linkname_go127_amd64.s");
  CHECK (s != NULL);
  return s;
}

/* A bounded function whose note says nofault: its stub neither sets nor
   clears m.mallocing, and passes its entry a null pointer for it, on
   every path (the entry, the goroutine stack, the system stack); the
   listing and the Go comment say so.  Without the line, or for a leaf,
   the stores stay.  */
static void
test_gobind_nofault (void)
{
  char err[512], buf[8192];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, "linkname-go 3\n" ADD_BOUNDED
			 "nofault\n"
			 "entry\t200\n"
			 "func\tpkg.Mul\t=\t\n"
			 "arg\ta\ti8\tlong\tdi@0:8\n"
			 "res\ti8\tlong\tax@0:8\n"
			 "class\tbounded\t64\tno calls\n"
			 "nofault\n"
			 "func\tpkg.Load\t=\t\n"
			 "arg\tp\tP\tconst void *\tdi@0:8\n"
			 "res\ti8\tlong\tax@0:8\n"
			 "class\tbounded\t64\tno calls\n"
			 "fault\ta load or store that may fault (line 3)\n"
			 "entry\t200\n"
			 "func\tpkg.Leafy\t=\t\n"
			 "arg\ta\ti8\tlong\tdi@0:8\n"
			 "res\ti8\tlong\tax@0:8\n"
			 "class\tleaf\t0\tcalls cbrt\n"
			 "nofault\n",
		      "nf.o", err, sizeof err) == 0);
  struct lg_output out;
  char *errors = NULL;
  const char *s = generate_go127 (g, &out, &errors);
  const char *t = stub_text (s, "Add", buf, sizeof buf);
  CHECK_CONTAINS (t, "\tLEAQ\tM_VDSOSP(BX), DI\n"
		     "\tXORL\tSI, SI\t// nofault: no m.mallocing\n"
		     "\tJMP\tpkg\xc2\xb7" "Add\xc2\xb7\xc2\xb7" "c\xc2\xb7"
		     "K1\xc2\xb7goentry(SB)\n");
  CHECK_CONTAINS (t, "\tMOVQ\t$0, M_VDSOSP(BX)\n");
  CHECK (!strstr (t, "M_MALLOCING"));
  t = stub_text (s, "Mul", buf, sizeof buf);
  CHECK_CONTAINS (t, "\tMOVQ\t$0, M_VDSOSP(BX)\n");
  CHECK (*t && !strstr (t, "M_MALLOCING"));
  /* Load may fault: m.mallocing on its goroutine-stack path, for the
     entry to clear; its system-stack path needs none.  */
  t = stub_text (s, "Load", buf, sizeof buf);
  CHECK_CONTAINS (t, "\tJLS\tsystem\n\tMOVL\t$1, M_MALLOCING(BX)\n"
		     "\tLEAQ\tM_VDSOSP(BX), DI\n"
		     "\tLEAQ\tM_MALLOCING(BX), SI\n");
  const char *sys = strstr (t, "system:");
  CHECK (sys && !strstr (sys, "M_MALLOCING"));
  t = stub_text (s, "Leafy", buf, sizeof buf);
  CHECK (*t && !strstr (t, "M_MALLOCING"));
  CHECK_CONTAINS (out.listing, "Add\tbounded\tpkg.Add\tbound 64, Go entry "
			       "200, cannot fault\tno calls\n");
  CHECK_CONTAINS (out.listing, "Load\tbounded\tpkg.Load\tbound 64, Go entry "
			       "200, may fault: a load or store that may "
			       "fault (line 3)\tno calls\n");
  const char *go = lg_output_file (&out, "linkname_amd64.go");
  CHECK_CONTAINS (go ? go : "", "// Add calls C's pkg.Add.\n// Class bounded "
				"(at most 64 bytes of stack: no calls): it runs "
				"on the goroutine's\n// stack when that much is "
				"left, else on the thread's system stack.\n"
				"// Nothing in it can fault or trap.\n");
  CHECK (go && !strstr (strstr (go, "// Load calls") ? strstr (go, "// Load calls") : "",
			"Nothing in it"));
  lg_output_free (&out);
  free (errors);
  lg_free (g);
}

/* A bounded function with a Go entry (the note's entry line): the stub
   checks the entry's bound, passes the three fields and the frame, and
   jumps; the leaf path stays for a short stack.  With byte pairs (a Go
   frame that is not C's) the entry is not used.  */
static void
test_gobind_entry (void)
{
  char err[512];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, "linkname-go 3\n" ADD_BOUNDED
			 "entry\t200\n"
			 "func\tpkg.Sum\t=\t\n"
			 "arg\tp\tP\tconst void *\tdi@0:8\n"
			 "arg\tn\tU\tsize_t\tsi@0:8\n"
			 "res\tu8\tunsigned long\tax@0:8\n"
			 "class\tbounded\t32\tno calls\n"
			 "entry\t40\n",
		      "e.o", err, sizeof err) == 0);
  struct lg_options o = { "pkg", "t", "K1", NULL, NULL, NULL, NULL };
  struct lg_output out;
  char *errors = NULL;
  CHECK (lg_generate (g, &o, &out, &errors) == 0);
  const char *s = lg_output_file (&out, "linkname_go127_amd64.s");
  CHECK (s != NULL);
  if (s)
    {
      CHECK_CONTAINS (s, "TEXT \xc2\xb7" "Add(SB), NOSPLIT|NOFRAME, $0-24\n"
			 "\tMOVQ\t48(R14), BX\t// g.m\n"
			 "\tLEAQ\t8(SP), DX\t// the Go caller's SP, the frame "
			 "for the entry\n"
			 "\tMOVQ\tDX, X0\n"
			 "\tMOVHPS\t0(SP), X0\t// and PC\n"
			 "\tMOVOU\tX0, M_VDSOSP(BX)\t// m.vdsoSP and m.vdsoPC\n"
			 "\tLEAQ\t-2080(SP), R13\t// entry bound 200 + 24 + "
			 "guard\n"
			 "\tCMPQ\tR13, 0(R14)\t// g.stack.lo\n"
			 "\tJLS\tsystem\n"
			 "\tMOVL\t$1, M_MALLOCING(BX)\n"
			 "\tLEAQ\tM_VDSOSP(BX), DI\n"
			 "\tLEAQ\tM_MALLOCING(BX), SI\n"
			 "\tJMP\tpkg\xc2\xb7" "Add\xc2\xb7\xc2\xb7" "c\xc2\xb7"
			 "K1\xc2\xb7goentry(SB)\n"
			 "system:\n\tMOVQ\tSP, R12\n"
			 "\tMOVQ\t0(BX), AX\t// m.g0\n");
      CHECK_CONTAINS (s, "\tCALL\tpkg\xc2\xb7" "Add\xc2\xb7\xc2\xb7" "c\xc2\xb7"
			 "K1(SB)\n");
      /* The []byte function: a stub with C's frame jumps to the entry.  */
      CHECK_CONTAINS (s, "TEXT \xc2\xb7linknameE_Sum(SB), NOSPLIT|NOFRAME, "
			 "$0-24\n");
      CHECK_CONTAINS (s, "\tJMP\tpkg\xc2\xb7Sum\xc2\xb7\xc2\xb7" "c\xc2\xb7K1"
			 "\xc2\xb7goentry(SB)\n");
    }
  const char *go = lg_output_file (&out, "linkname_amd64.go");
  CHECK (go != NULL);
  if (go)
    {
      CHECK_CONTAINS (go, "func Sum(p []byte) uint64 {\n"
			  "\treturn linknameE_Sum(*(*unsafe.Pointer)(unsafe."
			  "Pointer(&p)), uintptr(len(p)))\n}\n\n"
			  "//go:noescape\n"
			  "func linknameE_Sum(p unsafe.Pointer, n uintptr) "
			  "uint64\n");
      CHECK_CONTAINS (go, "func Add(a int64, b int64) int64\n");
    }
  CHECK_CONTAINS (out.listing, "Add\tbounded\tpkg.Add\tbound 64, Go entry "
			       "200\tno calls\n");
  /* The entries renamed with the package key, as the function is.  */
  int found = 0;
  for (size_t i = 0; i < lg_rename_count (g); i++)
    {
      const char *from, *to;
      lg_rename (g, i, &from, &to);
      if (strcmp (from, "pkg.Add.goentry") == 0)
	found += strcmp (to, "pkg.Add..c.K1.goentry") == 0;
    }
  CHECK (found == 1);
  lg_output_free (&out);
  free (errors);
  /* Format 2's entries take other registers: its entry lines are read
     and not used.  */
  struct lg_bind *g3 = lg_new ();
  CHECK (lg_add_note (g3, "linkname-go 2\nfunc\tpkg.Add\t=\t\n"
			  "arg\ta\ti8\tlong\tdi@0:8\n"
			  "res\ti8\tlong\tax@0:8\n"
			  "class\tbounded\t64\tno calls\n"
			  "entry\t200\n",
		      "old.o", err, sizeof err) == 0);
  CHECK (lg_generate (g3, &o, &out, &errors) == 0);
  const char *s3 = lg_output_file (&out, "linkname_go127_amd64.s");
  CHECK (s3 && strstr (s3, "TEXT \xc2\xb7" "Add(") && !strstr (s3, "goentry"));
  lg_output_free (&out);
  free (errors);
  lg_free (g3);
  /* A malformed entry line is a bad note.  */
  struct lg_bind *g2 = lg_new ();
  CHECK (lg_add_note (g2, "linkname-go 3\nfunc\tpkg.F\t=\t\n"
			  "class\tbounded\t8\tno calls\nentry\tx\n",
		      "f.o", err, sizeof err) != 0);
  lg_free (g2);
  lg_free (g);
}

/* The C code's link flags: a cgo package of their own that the binding
   imports, written only when there are some; flags that cannot go on a
   #cgo line, and flags without an import path, are errors.  */
static void
test_gobind_libs (void)
{
  char err[512];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, "linkname-go 3\n" ADD_BOUNDED, "l.o", err,
		      sizeof err) == 0);
  const char *const ldflags[] = { "-lm", "-L/opt/x -lfoo", NULL };
  const char *const pkgs[] = { "libxxhash", "zlib", NULL };
  struct lg_options o = { "pkg", "t", "K1", NULL, ldflags, pkgs,
			  "example.com/m/pkg/" LG_LIBS_DIR };
  struct lg_output out;
  char *errors = NULL;
  CHECK (lg_generate (g, &o, &out, &errors) == 0);
  const char *go = lg_output_file (&out, "linkname_amd64.go");
  const char *doc = lg_output_file (&out, LG_LIBS_DIR "/doc.go");
  const char *libs = lg_output_file (&out, LG_LIBS_DIR "/libs_amd64.go");
  CHECK (go && doc && libs);
  if (go && doc && libs)
    {
      CHECK_CONTAINS (go, "\t_ \"example.com/m/pkg/internal/linknamelibs\"\n");
      CHECK_CONTAINS (libs, "//go:build cgo\n\npackage linknamelibs\n\n"
			    "// #cgo LDFLAGS: -lm\n"
			    "// #cgo LDFLAGS: -L/opt/x -lfoo\n"
			    "// #cgo pkg-config: libxxhash zlib\n"
			    "import \"C\"\n");
      /* The doc file builds everywhere: no constraint, no cgo.  */
      CHECK_CONTAINS (doc, "\npackage linknamelibs\n");
      CHECK (!strstr (doc, "go:build") && !strstr (doc, "import"));
    }
  int listed = 0;
  for (int i = 0; lg_all_files[i]; i++)
    listed += strcmp (lg_all_files[i], LG_LIBS_DIR "/doc.go") == 0
	      || strcmp (lg_all_files[i], LG_LIBS_DIR "/libs_amd64.go") == 0;
  CHECK (listed == 2);
  lg_output_free (&out);
  free (errors);

  /* Without link flags: no package, no import.  */
  struct lg_options none = { "pkg", "t", "K1", NULL, NULL, NULL, NULL };
  CHECK (lg_generate (g, &none, &out, &errors) == 0);
  go = lg_output_file (&out, "linkname_amd64.go");
  CHECK (go && !strstr (go, "linknamelibs"));
  CHECK (!lg_output_file (&out, LG_LIBS_DIR "/doc.go")
	 && !lg_output_file (&out, LG_LIBS_DIR "/libs_amd64.go"));
  lg_output_free (&out);
  free (errors);

  /* What cannot be written is an error.  */
  const char *const broken[] = { "-lm\n-lc", NULL };
  const char *const badpkg[] = { "-static", NULL };
  struct lg_options bad = { "pkg", "t", "K1", NULL, broken, badpkg, NULL };
  CHECK (lg_generate (g, &bad, &out, &errors) != 0);
  CHECK (errors != NULL);
  if (errors)
    {
      CHECK_CONTAINS (errors, "-ldflags: a line break in the flags");
      CHECK_CONTAINS (errors, "-pkg-config '-static': not a pkg-config "
			      "package name");
      CHECK_CONTAINS (errors, "link flags need the import path");
    }
  free (errors);
  lg_free (g);

  /* A C++ unit's note (its lang line, after the first function's): the
     C++ runtime, as g++ links it, with or without other flags; without
     an import path for the package, an error that says why.  */
  g = lg_new ();
  CHECK (lg_add_note (g, "linkname-go 3\n" ADD_BOUNDED "lang\tGNU C++17\n",
		      "x.o", err, sizeof err) == 0);
  struct lg_options cxx = { "pkg", "t", "K1", NULL, NULL, NULL,
			    "example.com/m/pkg/" LG_LIBS_DIR };
  CHECK (lg_generate (g, &cxx, &out, &errors) == 0);
  libs = lg_output_file (&out, LG_LIBS_DIR "/libs_amd64.go");
  go = lg_output_file (&out, "linkname_amd64.go");
  CHECK (libs && go);
  if (libs && go)
    {
      CHECK_CONTAINS (libs, "// #cgo LDFLAGS: -lstdc++ -lm\nimport \"C\"\n");
      CHECK_CONTAINS (go, "\t_ \"example.com/m/pkg/internal/linknamelibs\"\n");
    }
  lg_output_free (&out);
  free (errors);
  cxx.libs_import = NULL;
  CHECK (lg_generate (g, &cxx, &out, &errors) != 0);
  CHECK (errors != NULL);
  if (errors)
    CHECK_CONTAINS (errors, "C++ objects need the C++ runtime at link time");
  free (errors);
  lg_free (g);
  /* A C unit's note has no lang line, and another language's is no
     C++.  */
  g = lg_new ();
  CHECK (lg_add_note (g, "linkname-go 3\n" ADD_BOUNDED "lang\tGNU C\n",
		      "c.o", err, sizeof err) == 0);
  CHECK (lg_generate (g, &cxx, &out, &errors) == 0);
  CHECK (!lg_output_file (&out, LG_LIBS_DIR "/libs_amd64.go"));
  lg_output_free (&out);
  free (errors);
  lg_free (g);
}

/* Go names the generated code needs: a function cannot take one (an
   error naming it), a parameter is renamed (a block function's body
   declares frame, err and e, and names types, len and uintptr).  */
static const char names_note[]
  = "linkname-go 1\n"
    "func\tpkg.Names\tpkg.Names.abi0\t\n"
    "class\tblock\t0\tcalls read\n"
    "arg\tframe\ti8\tlong\tdi@0:8\n"
    "arg\terr\ti8\tlong\tsi@0:8\n"
    "arg\te\ti8\tlong\tdx@0:8\n"
    "arg\tlen\ti8\tlong\tcx@0:8\n"
    "arg\tint64\ti8\tlong\tr8@0:8\n"
    "arg\tPt\ts0\tstruct pt\ts0+0\n"
    "arg\tmin\ti8\tlong\tr9@0:8\n"
    "res\ti8\tlong\tax@0:8\n"
    "type\t0\tpt\ts\t16\t8\tstruct pt\n"
    "field\t0\tx\t0\ti8\tlong\n"
    "field\t0\ty\t8\ti8\tlong\n"
    "func\tpkg.init\tpkg.init.abi0\t\n"
    "func\tpkg.v1.2\tpkg.v1.2.abi0\t\n"
    "func\tpkg.Lk\tpkg.Lk.abi0\t\n"
    "class\tblock\t0\tcalls read\n"
    "arg\tlinknameC_Lk\ti8\tlong\tdi@0:8\n"
    "func\tpkg.min\tpkg.min.abi0\t\n"
    "class\tbounded\t64\tno calls\n"
    "arg\ta\ti8\tlong\tdi@0:8\n"
    "res\ti8\tlong\tax@0:8\n";

static const char reserved_note[]
  = "linkname-go 1\n"
    "func\tpkg.linknameProbe\tpkg.linknameProbe.abi0\t\n"
    "func\tpkg.runtime\tpkg.runtime.abi0\t\n"
    "func\tpkg.int64\tpkg.int64.abi0\t\n"
    "func\tpkg.len\tpkg.len.abi0\t\n";

static void
test_gobind_names (void)
{
  char err[512];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, names_note, "n.o", err, sizeof err) == 0);
  struct lg_options o = { "pkg", "t", NULL, NULL, NULL, NULL, NULL };
  struct lg_output out;
  char *errors = NULL;
  CHECK (lg_generate (g, &o, &out, &errors) == 0);
  const char *go = lg_output_file (&out, "linkname_amd64.go");
  CHECK (go != NULL);
  if (go)
    {
      CHECK_CONTAINS (go, "func Names(frame_ int64, err_ int64, e_ int64, "
			  "len_ int64, int64_ int64, Pt_ Pt, min_ int64) "
			  "int64 {\n");
      CHECK_CONTAINS (go, "\tframe.Pt_ = Pt_\n");
      /* Not linknameC_Lk_, which begins with linkname still.  */
      CHECK_CONTAINS (go, "func Lk(_linknameC_Lk int64) {\n");
      /* Go 1.21's min is an ordinary name to a function.  */
      CHECK_CONTAINS (go, "func min(a int64) int64\n");
      /* What is not bound, -v lists.  */
      CHECK_CONTAINS (out.listing, "-\tnot bound\tpkg.init\t_, init and "
				   "main are no Go functions to call\n");
      CHECK_CONTAINS (out.listing, "-\tnot bound\tpkg.v1.2\tits target "
				   "does not end in a Go identifier\n");
    }
  lg_output_free (&out);
  free (errors);
  lg_free (g);

  g = lg_new ();
  CHECK (lg_add_note (g, reserved_note, "r.o", err, sizeof err) == 0);
  CHECK (lg_generate (g, &o, &out, &errors) != 0);
  CHECK (out.nfiles == 0);
  CHECK (errors != NULL);
  if (errors)
    {
      CHECK_CONTAINS (errors, "r.o: C function pkg.linknameProbe cannot be "
			      "Go function linknameProbe: names beginning "
			      "with 'linkname' are linkname-go's own");
      CHECK_CONTAINS (errors, "C function pkg.runtime cannot be Go function "
			      "runtime: the generated Go file imports a "
			      "package of that name");
      CHECK_CONTAINS (errors, "C function pkg.int64 cannot be Go function "
			      "int64: it would hide Go's predeclared");
      CHECK_CONTAINS (errors, "cannot be Go function len:");
    }
  free (errors);
  lg_free (g);

  /* A package clause Go would not take.  */
  g = lg_new ();
  CHECK (lg_add_note (g, names_note, "n.o", err, sizeof err) == 0);
  static const char *const badpkgs[] = { "func", "9x", "a b", "_", "" };
  for (size_t i = 0; i < sizeof badpkgs / sizeof *badpkgs; i++)
    {
      struct lg_options bo = o;
      bo.package = badpkgs[i];
      CHECK (lg_generate (g, &bo, &out, &errors) != 0);
      CHECK (out.nfiles == 0);
      CHECK (errors && strstr (errors, "not a Go package name"));
      free (errors);
    }
  lg_free (g);

  /* Nothing to bind: the error says what was not bound and why.  */
  g = lg_new ();
  CHECK (lg_add_note (g, "linkname-go 1\nfunc\tpkg.func\tpkg.func.abi0\t\n",
		      "k.o", err, sizeof err) == 0);
  CHECK (lg_generate (g, &o, &out, &errors) != 0);
  CHECK (errors != NULL);
  if (errors)
    {
      CHECK_CONTAINS (errors, "nothing to bind\n");
      CHECK_CONTAINS (errors, "k.o: pkg.func is not bound: its target ends "
			      "in a Go keyword\n");
    }
  free (errors);
  lg_free (g);
}

void
test_gobind (void)
{
  test_gobind_names ();
  test_gobind_classes ();
  test_gobind_entry ();
  test_gobind_nofault ();
  test_gobind_libs ();
  char err[512];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, point_note, "a.o", err, sizeof err) == 0);
  CHECK (lg_add_note (g, union_note, "b.o", err, sizeof err) == 0);
  struct lg_options o = { "pkg", "linkname-go test", NULL, NULL,
                          NULL, NULL, NULL };
  struct lg_output out;
  const char *go, *as;
  char *errors;
  CHECK (lg_generate (g, &o, &out, &errors) == 0);
  go = lg_output_file (&out, "linkname_amd64.go");
  as = lg_output_file (&out, "linkname_amd64.s");
  if (go && as)
    {
      /* Go pads where it would not by itself, and the tail always; capitalized
	 field names that clash get a '_'; keywords too.  Columns as gofmt
	 aligns them.  */
      CHECK_CONTAINS (go, "type Point struct {\n\tX  int32 // int x, offset 0\n");
      CHECK_CONTAINS (go, "offset 0\n\tX_ int64 // long int X, offset 8\n");
      CHECK_CONTAINS (go, "type PairT struct {\n\tA    int64  // long int a");
      CHECK_CONTAINS (go, "\tNext *PairT // struct tail * next");
      CHECK_CONTAINS (go, "\tC    uint8  // unsigned char c, offset 16\n");
      CHECK_CONTAINS (go, "\t_    [7]byte\n}\n");
      CHECK_CONTAINS (go, "func Mid(a Point, type_ *PairT, arg2 uintptr) Point {");
      /* A type takes a number where a function has its name.  */
      CHECK_CONTAINS (go, "type Num2 [3]uint32");
      CHECK_CONTAINS (go, "func Num(n Num2) bool");
      CHECK_CONTAINS (go, "_ \"runtime/cgo\"");
      /* No class in the note: block, through runtime.cgocall, with a
	 block laid out as the Go frame; no locations: the trampoline
	 calls the thunk with a copy of it.  */
      CHECK_CONTAINS (go, "\tvar frame struct {\n\t\ta     Point\n"
			  "\t\ttype_ *PairT\n\t\targ2  uintptr\n"
			  "\t\tret   Point\n\t}\n");
      CHECK_CONTAINS (go, "linknameCgocall(linknameC_Mid, "
			  "unsafe.Pointer(&frame))\n\treturn frame.ret\n}");
      CHECK_CONTAINS (go, "//go:linkname linknameCgocall runtime.cgocall");
      CHECK_CONTAINS (go, "Class block (the note has no class");
      CHECK_CONTAINS (as, "TEXT linkname_Mid<>(SB), NOSPLIT|NOFRAME, $0-0\n"
			  "\tPUSHQ\tBX\n\tMOVQ\tDI, BX\n\tSUBQ\t$48, SP\n");
      CHECK_CONTAINS (as, "CALL\tpkg\xc2\xb7Mid\xc2\xb7\xc2\xb7" "c\xc2\xb7" "abi0(SB)");
      CHECK_CONTAINS (as, "MOVQ\t32(SP), AX\n\tMOVQ\tAX, 32(BX)\n");
      CHECK_CONTAINS (as, "DATA\t\xc2\xb7linknameC_Mid+0(SB)/8, $linkname_Mid<>(SB)");
      /* Only block stubs: no version files; the refusals.  */
      CHECK (lg_output_file (&out, "linkname_go119_amd64.s") == NULL);
      CHECK (lg_output_file (&out, "linkname_gover_amd64.go") == NULL);
      CHECK (lg_output_file (&out, "linkname_nocgo_amd64.go") != NULL);
      CHECK (lg_output_file (&out, "linkname_other.go") != NULL);
      CHECK (lg_rename_count (g) == 4);
      const char *from, *to;
      lg_rename (g, 1, &from, &to);
      CHECK_STR (from, "pkg.Mid.abi0");
      CHECK_STR (to, "pkg.Mid..c.abi0");
    }
  lg_output_free (&out);
  free (errors);
  lg_free (g);

  /* A type with no Go form: the function, the parameter, the type.  */
  g = lg_new ();
  CHECK (lg_add_note (g, bad_note, "c.o", err, sizeof err) == 0);
  CHECK (lg_generate (g, &o, &out, &errors) != 0);
  CHECK (out.nfiles == 0);
  if (errors)
    CHECK_CONTAINS (errors, "c.o: function Bits: parameter 'b' has type "
			    "'struct bits', which has no Go form: struct bits: "
			    "member 'a' has type '<bits>': bit-fields have no "
			    "Go counterpart");
  free (errors);
  lg_free (g);

  /* A note of any length: a struct of 5,000 members keeps them all.  */
  {
    struct ln_sbuf b = LN_SBUF_INIT;
    ln_sbuf_printf (&b, "linkname-go 1\nfunc\tpkg.Big\tpkg.Big.abi0\t\n"
			"arg\tb\tps0\tstruct big *\n"
			"type\t0\tbig\ts\t5000\t1\tstruct big\n");
    for (int i = 0; i < 5000; i++)
      ln_sbuf_printf (&b, "field\t0\tm%d\t%d\tu1\tunsigned char\n", i, i);
    char *note = ln_sbuf_finish (&b);
    g = lg_new ();
    CHECK (lg_add_note (g, note, "f.o", err, sizeof err) == 0);
    CHECK (lg_generate (g, &o, &out, &errors) == 0);
    go = lg_output_file (&out, "linkname_amd64.go");
    if (go)
      {
	CHECK_CONTAINS (go, "\tM4999 uint8 // unsigned char m4999, offset 4999\n}");
	CHECK (strstr (go, "_ [") == NULL);
      }
    lg_output_free (&out);
    free (errors);
    free (note);
    lg_free (g);
  }

  /* Notes of another format, or broken ones, are refused.  */
  g = lg_new ();
  CHECK (lg_add_note (g, "linkname-go 4\nfunc\ta.B\t-\t\n", "d.o", err,
		      sizeof err) != 0);
  CHECK_CONTAINS (err, "format 4; this linkname-go reads 1 to 3");
  CHECK (lg_add_note (g, "linkname-go 0\nfunc\ta.B\t-\t\n", "d.o", err,
		      sizeof err) != 0);
  CHECK (lg_add_note (g, "linkname-go 1\nfunc\ta.B\t-\t\narg\tx\tq9\tint\n",
		      "e.o", err, sizeof err) != 0);
  CHECK_CONTAINS (err, "malformed");
  CHECK (lg_add_note (g, "linkname-go 1\nfunc\ta.B\t-\t\n"
			 "type\t0\tt\ts\t4\t4\tstruct t\nfield\t0\tx\t0\n",
		      "g.o", err, sizeof err) != 0);
  CHECK_CONTAINS (err, "a field record");
  lg_free (g);
}
