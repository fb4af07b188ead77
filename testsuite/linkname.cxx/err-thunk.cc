/* ABI0 thunks for C++ types: references are pointers; classes C++ passes
   by invisible reference, and empty classes, get no thunk and a warning.  */
/* { dg-do assemble } */
struct NT { NT (const NT &); int v; };
struct E { };
static int byref (const int &r, int *p) { return r + *p; }
#pragma linkname byref pkg.byref
int nt [[gnu::linkname ("pkg.nt")]] (NT x) { return x.v; } /* { dg-warning "no ABI0 thunk for 'pkg.nt': parameter 'x' has type 'struct NT': C\\+\\+ passes a class that is not trivially copyable by invisible reference" "" { target x86_64-*-* } } */
int em [[gnu::linkname ("pkg.em")]] (E, int y) { return y; } /* { dg-warning "no ABI0 thunk for 'pkg.em': parameter 1 has type 'struct E': C\\+\\+ passes an empty class" "" { target x86_64-*-* } } */
/* { dg-final { thunk "pkg.byref.abi0" DEFAULT } } */
/* { dg-final { no-symbol "pkg.nt.abi0" } } */
/* { dg-final { no-symbol "pkg.em.abi0" } } */
/* { dg-final { symbol "pkg.nt" FUNC GLOBAL DEFAULT defined } } */
