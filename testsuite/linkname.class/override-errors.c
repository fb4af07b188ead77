/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
/* Bad overrides are errors at what is wrong.  */
/* { dg-do compile } */
int f (int);
int g (int);
#pragma linkname_call f fast /* { dg-error "25: 'fast' is not a call class for 'linkname_call': say 'leaf'" } */
#pragma linkname_call /* { dg-error "usage: '#pragma linkname_call FUNCTION leaf'" } */
#pragma linkname_call f leaf extra /* { dg-error "30: usage" } */
#pragma linkname_call nothere leaf /* { dg-error "23: '#pragma linkname_call' names 'nothere', which is not a function declared at file scope" } */
__attribute__ ((linkname_call ("quick"))) int h (int); /* { dg-error "'quick' is not a call class" } */
__attribute__ ((linkname_call (3))) int k (int); /* { dg-error "must be the string" } */
int v __attribute__ ((linkname_call ("leaf"))); /* { dg-error "applies to functions only" } */
