/* __has_attribute(linkname) is 1 with the plugin loaded.  */
/* { dg-do preprocess } */
#if !__has_attribute (linkname)
#error "no linkname attribute"
#endif
#if !__has_attribute (__linkname__)
#error "no __linkname__ spelling"
#endif

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
