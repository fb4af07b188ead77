/* A target with '/': an error that says what to write instead.  */
#pragma linkname f sync/atomic.Load
static int f (void) { return 7; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
