/* config.h - the configure results the chosen libgo files ask for, for
   x86-64 GNU/Linux; a libgo build generates the real one.  */
#define HAVE_SETENV 1
#define HAVE_UNSETENV 1

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
