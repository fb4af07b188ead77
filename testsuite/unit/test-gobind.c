/* test-gobind.c - from object notes to Go: layouts, names, errors.  The
   end-to-end proof (gc, vet, cgo as the oracle) is testsuite/gobind/.  */
#include "unit.h"
#include "gobind.h"
#include "linkname/sbuf.h"

#include <stdlib.h>

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

void
test_gobind (void)
{
  char err[512];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, point_note, "a.o", err, sizeof err) == 0);
  CHECK (lg_add_note (g, union_note, "b.o", err, sizeof err) == 0);
  struct lg_options o = { "pkg", "linkname-go test", NULL, NULL };
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
  CHECK (lg_add_note (g, "linkname-go 3\nfunc\ta.B\t-\t\n", "d.o", err,
		      sizeof err) != 0);
  CHECK_CONTAINS (err, "format 3");
  CHECK (lg_add_note (g, "linkname-go 1\nfunc\ta.B\t-\t\narg\tx\tq9\tint\n",
		      "e.o", err, sizeof err) != 0);
  CHECK_CONTAINS (err, "malformed");
  CHECK (lg_add_note (g, "linkname-go 1\nfunc\ta.B\t-\t\n"
			 "type\t0\tt\ts\t4\t4\tstruct t\nfield\t0\tx\t0\n",
		      "g.o", err, sizeof err) != 0);
  CHECK_CONTAINS (err, "a field record");
  lg_free (g);
}
