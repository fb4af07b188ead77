/* A pragma for a name the header does not declare (the source file
   might): in a PCH it has nothing to be saved on, so it is an error
   there, as in any unit that never declares the name.  */
#pragma linkname later pkg.later

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
