/* Found by the fuzzer.  '.' is the assembler's location counter: a push
   to it made 'call .' call itself.  '.L2', '.LFB0', '.Ltext0' are GCC's
   own local labels: a push to one of them was an assembler error
   ("symbol `.L2' is already defined").  A control byte in a target broke
   the diagnostic over two lines.  A push to a section's name (.text,
   .data, .bss, .debug_info under -g) was an assembler error.  */
/* { dg-do assemble } */
/* { dg-options "-O0 -g" } */
static int f (int x) { if (x) return 1; return 2; }
static int g __attribute__ ((linkname (".Ltext0"))); /* { dg-error "local labels" } */
static int h __attribute__ ((linkname (".bss"))); /* { dg-error "sections and directives" } */
#pragma linkname f "." /* { dg-error "'.' is the assembler's location counter" } */
#pragma linkname f ".L2" /* { dg-error "names starting with '.L' are the compiler's local labels" } */
#pragma linkname f .LFB0 /* { dg-error "local labels" } */
#pragma linkname f ".text" /* { dg-error "names starting with '.' are the assembler's sections and directives" } */
#pragma linkname f .debug_info /* { dg-error "'.debug_info' cannot be used as a symbol: names starting with '.' are the assembler's sections" } */
#pragma linkname f "a\nb" /* { dg-error "target 'a\\\\x0ab' cannot be used as an assembler symbol: '\\\\x0a' is not allowed" } */
int use (int y) { return f (y) + g + h; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
