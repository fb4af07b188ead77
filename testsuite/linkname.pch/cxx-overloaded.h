/* A pragma for an overloaded name is an error in a PCH build too (no
   PCH is written), as in any unit.  */
long ov (long x);
long ov (double x);
#pragma linkname ov pkg.ov
