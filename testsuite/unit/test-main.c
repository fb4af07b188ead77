/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-main.c - runs the C core's unit tests.  */
#include "unit.h"

int unit_passed, unit_failed;

int
main (void)
{
  test_strmap ();
  test_directive ();
  test_target ();
  test_mangle ();
  test_report ();
  test_table ();
  test_options ();
  test_abi0 ();
  test_place ();
  test_thunk ();
  test_symabis ();
  test_symabis_read ();
  test_symabis_pragma ();
  test_elfnote ();
  test_gobind ();
  test_callclass ();
  test_gonote ();
  printf ("unit: %d passed, %d failed\n", unit_passed, unit_failed);
  return unit_failed != 0;
}
