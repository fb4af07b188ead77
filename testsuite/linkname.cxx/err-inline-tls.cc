/* An inline variable has a copy in every unit; a thread_local variable
   with a dynamic initialization runs it through a hook named after its
   C++ name (_ZTH...), which a directive does not rename; a unit that
   pulls a thread_local calls the hook of its own name.  All refused.
   __thread variables and thread_local ones with a constant
   initialization have no hook, and are fine.  */
int f ();
inline int iv [[gnu::linkname ("pkg.iv")]] = 7; /* { dg-error "'iv' has a copy in every unit that uses it \\(an 'inline' variable\\)" } */
inline int iv2 = 8;
#pragma linkname iv2 pkg.iv2 /* { dg-error "'iv2' has a copy in every unit that uses it \\(an 'inline' variable\\)" } */
thread_local int tv [[gnu::linkname ("pkg.tv")]] = f (); /* { dg-error "'tv' is a 'thread_local' variable with a dynamic initialization, which runs through '_ZTH2tv'" } */
namespace n { thread_local int nt [[gnu::linkname ("pkg.nt")]] = f (); } /* { dg-error "'n::nt' is a 'thread_local' variable with a dynamic initialization, which runs through '_ZTHN1n2ntE'" } */
extern thread_local int other [[gnu::linkname ("pkg.other")]]; /* { dg-error "'other' is a 'thread_local' variable that may have a dynamic initialization, which runs through '_ZTH5other'.*declare it '__thread'" } */
__thread int gt [[gnu::linkname ("pkg.gt")]] = 3;
extern __thread int ogt [[gnu::linkname ("pkg.ogt")]];
thread_local int ct [[gnu::linkname ("pkg.ct")]] = 5;
int use () { return iv + tv + n::nt + other + gt + ogt + ct; }

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
