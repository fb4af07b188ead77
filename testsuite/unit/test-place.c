/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-place.c - locations (abi0.h): register names and the text form.  */
#include "unit.h"
#include "linkname/abi0.h"

static int
round_trips (const char *text)
{
  struct ln_place loc;
  char buf[128];
  if (ln_place_parse (text, &loc) != 0)
    return 0;
  ln_place_format (&loc, buf, sizeof buf);
  return strcmp (buf, text) == 0;
}

void
test_place (void)
{
  CHECK (ln_reg_by_name ("di") == LN_RDI);
  CHECK (ln_reg_by_name ("xmm15") == LN_XMM15);
  CHECK (ln_reg_by_name ("xmm16") == LN_REG_NONE);
  CHECK (strcmp (ln_reg_name (LN_R9), "r9") == 0);
  CHECK (ln_reg_name (LN_REG_NONE) == NULL);
  CHECK (ln_reg_is_sse (LN_XMM0) && !ln_reg_is_sse (LN_R15));

  CHECK (round_trips ("-"));
  CHECK (round_trips ("s16+8"));
  CHECK (round_trips ("m:di"));
  CHECK (round_trips ("di@0:8,xmm0@8:4"));
  CHECK (round_trips ("si@0:8,sp@8:2"));
  CHECK (round_trips ("xmm0@0:8,xmm1@8:8"));
  struct ln_place loc;
  CHECK (ln_place_parse ("", &loc) == -1);
  CHECK (ln_place_parse ("s16", &loc) == -1);
  CHECK (ln_place_parse ("m:xmm0", &loc) == -1);
  CHECK (ln_place_parse ("di@0:0", &loc) == -1);
  CHECK (ln_place_parse ("di@0:8,", &loc) == -1);
  CHECK (ln_place_parse ("zz@0:8", &loc) == -1);
  CHECK (ln_place_parse ("di@0:8,si@8:8,dx@16:8,cx@24:8,r8@32:8", &loc) == -1);
  char small[4];
  CHECK (ln_place_format (&(struct ln_place) { .kind = LN_PLACE_STACK,
					   .stack_offset = 1024,
					   .stack_size = 64 },
			small, sizeof small) == 8
	 && strcmp (small, "s10") == 0);
}
