/* _Pragma gives every token the operator's location, so columns cannot
   tell 'a.b' from 'a . b'; after -E (or -save-temps) they can.  In C the
   plugin asks the preprocessor for the white space, so a _Pragma means
   the same compiled directly and after -save-temps (dg.exp runs this
   test both ways): 'c.d' is one target, 'a . b' and 'e. f' more
   arguments, as in '#pragma linkname'.  */
/* { dg-do assemble } */
/* (No error on line 9: DejaGnu would take for it the column-9 message of line 14.)  */
static int h (int x) { return x + 1; }
_Pragma ("linkname h a . b") /* { dg-error "usage: #pragma linkname localname" } */
static int k (int x) { return x + 2; }
_Pragma ("linkname k c.d")
static int n (int x) { return x + 4; }
_Pragma ("linkname n e. f") /* { dg-error "usage: #pragma linkname localname" } */
int use (int y) { return h (y) + k (y) + n (y); }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
