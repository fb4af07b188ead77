/* test-gonote.c - formats 2 and 3 of the Go note: one note a unit, records
   first, "=" for the usual thunk, the class lines; malformed lines in any
   function refuse the note.
   SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
#include "unit.h"
#include "gobind.h"

#include <stdlib.h>

static const char unit_note[]
  = "linkname-go 2\n"
    "type\t0\tpoint\ts\t8\t4\tstruct point\n"
    "field\t0\tx\t0\ti4\tint\n"
    "field\t0\ty\t4\ti4\tint\n"
    "func\tpkg.First\t=\t\n"
    "arg\tp\ts0\tstruct point\tdi@0:8\n"
    "res\ti4\tint\tax@0:4\n"
    "class\tbounded\t136\tno calls\n"
    "func\tpkg.Second\t=\t\n"
    "arg\tq\tps0\tstruct point *\tdi@0:8\n"
    "class\tblock\t0\tcalls read, which may block or call back\n";

void
test_gonote (void)
{
  char err[512];
  struct lg_bind *g = lg_new ();
  CHECK (lg_add_note (g, unit_note, "u.o", err, sizeof err) == 0);
  struct lg_options o = { "pkg", "linkname-go test", NULL, NULL,
                          NULL, NULL, NULL };
  struct lg_output out;
  char *errors = NULL;
  CHECK (lg_generate (g, &o, &out, &errors) == 0);
  const char *go = lg_output_file (&out, "linkname_amd64.go");
  const char *as = lg_output_file (&out, "linkname_amd64.s");
  const char *fast = lg_output_file (&out, "linkname_go127_amd64.s");
  CHECK (go && strstr (go, "func First(p Point) int32") != NULL);
  CHECK (go && strstr (go, "func Second(q *Point) {") != NULL);
  /* First is bounded (a stub per Go version), Second block (a
     trampoline); both call the C function directly ("=": the usual
     thunk, not needed with the locations).  */
  CHECK (fast && strstr (fast, "CALL\tpkg\xc2\xb7" "First\xc2\xb7\xc2\xb7" "c(SB)") != NULL);
  CHECK (as && strstr (as, "CALL\tpkg\xc2\xb7" "Second\xc2\xb7\xc2\xb7" "c(SB)") != NULL);
  lg_output_free (&out);
  free (errors);
  lg_free (g);

  /* A malformed line in the second function refuses the whole note.  */
  g = lg_new ();
  CHECK (lg_add_note (g,
		      "linkname-go 2\nfunc\ta.B\t=\t\narg\tx\ti4\tint\n"
		      "func\ta.C\t=\t\narg\ty\tq9\tint\n",
		      "v.o", err, sizeof err) != 0);
  CHECK (lg_add_note (g, "linkname-go 2\nclass\tleaf\t0\tx\n", "w.o", err,
		      sizeof err) != 0);
  lg_free (g);
}
