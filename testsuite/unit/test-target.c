/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-target.c - assembler-name checks.  */
#include "unit.h"
#include "linkname/target.h"

void
test_target (void)
{
  char why[512];
  CHECK (ln_target_check ("runtime.nanotime1", why, sizeof why) == 0);
  CHECK (ln_target_check ("..", why, sizeof why) != 0); /* may be a section */
  CHECK (ln_target_check ("a$b", why, sizeof why) == 0);
  CHECK (ln_target_check ("..", why, sizeof why) != 0); /* may be a section */
  CHECK (ln_target_check ("a.L", why, sizeof why) == 0);
  CHECK (ln_target_check ("main.F\xc3\xa9", why, sizeof why) == 0);

  CHECK (ln_target_check ("", why, sizeof why) != 0);
  CHECK (ln_target_check ("9a", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "'9' cannot start a symbol name");
  CHECK (ln_target_check ("$a", why, sizeof why) != 0);
  CHECK (ln_target_check ("a-b", why, sizeof why) != 0);
  CHECK (ln_target_check ("sync/atomic.Load", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "'/' is not allowed in a symbol name");
  CHECK_CONTAINS (why, "'sync_1atomic.Load' (-fplugin-arg-linkname-mangle");
  CHECK (ln_target_check ("a/b.c.d.e", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "use letters, digits"); /* no Go name: no hint */
  CHECK (ln_target_check ("a@b", why, sizeof why) != 0);
  /* The plugin's own thunk suffixes are reserved.  */
  CHECK (ln_target_check ("pkg.f.abi0", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "ends in '.abi0', which the plugin reserves");
  CHECK (ln_target_check ("pkg.f..sysv", why, sizeof why) != 0);
  CHECK (ln_target_check ("pkg.abi0x", why, sizeof why) == 0);
  /* Found by the fuzzer: 'call .' calls itself; .L2 is GCC's own.  */
  CHECK (ln_target_check (".", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "location counter");
  CHECK (ln_target_check (".L2", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "local labels");
  CHECK (ln_target_check (".L.local", why, sizeof why) != 0);
  CHECK (ln_target_check (".text", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "the assembler's sections and directives");
  CHECK (ln_target_check ("a.text", why, sizeof why) == 0);
  /* GCC's coverage counters and records.  */
  CHECK (ln_target_check ("__gcov0.f", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "names starting with '__gcov0.' are GCC's coverage counters");
  CHECK (ln_target_check ("__gcov12.main", why, sizeof why) != 0);
  CHECK (ln_target_check ("__gcov_.f", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "'__gcov_.'");
  CHECK (ln_target_check ("__gcov_dump", why, sizeof why) == 0);
  CHECK (ln_target_check ("__gcov.f", why, sizeof why) == 0);
  /* The names of GCC's function parts and clones.  */
  const char *suffix = NULL;
  CHECK (ln_target_gcc_part ("f.cold", &suffix) == 1);
  CHECK_STR (suffix, "cold");
  CHECK (ln_target_gcc_part ("pkg.f.part.0", &suffix) == 5);
  CHECK_STR (suffix, "part");
  CHECK (ln_target_gcc_part ("f.constprop.12", &suffix) == 1);
  CHECK (ln_target_gcc_part ("main._omp_fn.0", &suffix) == 4);
  CHECK (ln_target_gcc_part ("f.cold2", &suffix) == 0);
  CHECK (ln_target_gcc_part ("pkg.f", &suffix) == 0);
  CHECK (ln_target_gcc_part (".cold", &suffix) == 0);
  CHECK (ln_target_gcc_part ("f.12", &suffix) == 0);
  /* A control byte is shown as an escape: one diagnostic, one line.  */
  CHECK (ln_target_check ("a\nb", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "'a\\x0ab'");
  CHECK (strchr (why, '\n') == NULL);
}
