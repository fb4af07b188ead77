/* A by-value struct in memory is copied to the callee's area in a
   loop over its eightbytes, then byte-exactly: three 1 MiB structs used
   to make 6.9 MB of unrolled moves.  */
/* { dg-do compile { target x86_64-*-* } } */
struct m { char b[(1 << 19) + 3]; };
long f (struct m a, struct m b, struct m c) { return a.b[0] + b.b[1] + c.b[2]; }
#pragma linkname f pkg.f
/* { dg-final { scan-assembler "\\tmovq\\t\\\$-524288, %r10\\n9:\\tmovq\\t524304\\(%rbp,%r10\\), %r11\\n\\tmovq\\t%r11, 524288\\(%rsp,%r10\\)\\n\\taddq\\t\\\$8, %r10\\n\\tjne\\t9b\\n\\tmovzwl\\t524304\\(%rbp\\), %r11d\\n\\tmovw\\t%r11w, 524288\\(%rsp\\)\\n\\tmovzbl\\t524306\\(%rbp\\), %r11d\\n\\tmovb\\t%r11b, 524290\\(%rsp\\)\\n" } } */
/* { dg-final { scan-assembler "\\tmovq\\t\\\$-524288, %r10\\n9:\\tmovq\\t1572886\\(%rbp,%r10\\), %r11\\n" } } */
/* { dg-final { scan-assembler-not "\\tmovq\\t16\\(%rbp\\), %r11\\n" } } */

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
