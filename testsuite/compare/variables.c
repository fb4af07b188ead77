/* A variable pushed under another name: the plugin does it, as gc
   does; gccgo 12 refuses.  */
#pragma linkname counter cmpx.counter
static int counter = 4;

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
