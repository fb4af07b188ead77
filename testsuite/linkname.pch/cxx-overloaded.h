/* A pragma for an overloaded name is an error in a PCH build too (no
   PCH is written), as in any unit.  */
long ov (long x);
long ov (double x);
#pragma linkname ov pkg.ov

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
