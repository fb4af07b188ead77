/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-strmap.c - the hash map: growth, replacement, insertion order.  */
#include "unit.h"
#include "linkname/strmap.h"

#include <stdint.h>

void
test_strmap (void)
{
  struct ln_strmap *m = ln_strmap_new ();
  CHECK (ln_strmap_get (m, "absent") == NULL);
  char key[32];
  for (uintptr_t i = 0; i < 20000; i++)
    {
      snprintf (key, sizeof key, "k%lu", (unsigned long) i);
      ln_strmap_put (m, key, (void *) (i + 1));
    }
  CHECK (ln_strmap_count (m) == 20000);
  int all_found = 1, in_order = 1;
  for (uintptr_t i = 0; i < 20000; i++)
    {
      snprintf (key, sizeof key, "k%lu", (unsigned long) i);
      all_found &= ln_strmap_get (m, key) == (void *) (i + 1);
      in_order &= strcmp (ln_strmap_key_at (m, i), key) == 0;
    }
  CHECK (all_found);
  CHECK (in_order);
  ln_strmap_put (m, "k5", (void *) 99);
  CHECK (ln_strmap_get (m, "k5") == (void *) 99);
  CHECK (ln_strmap_count (m) == 20000);
  CHECK (ln_strmap_value_at (m, 5) == (void *) 99);
  CHECK (ln_strmap_get (m, "") == NULL);
  ln_strmap_put (m, "", (void *) 1);
  CHECK (ln_strmap_get (m, "") == (void *) 1);
  ln_strmap_free (m);
  CHECK (ln_strmap_get (NULL, "x") == NULL);
}
