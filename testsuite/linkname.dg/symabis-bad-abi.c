/* An unknown ABI, and a line with too many fields.  */
/* { dg-do compile } */
/* { dg-symabis "symabis-bad-abi.txt" } */
/* { dg-error "symabis-bad-abi.txt:2: invalid symabi: unknown abi \"ABI1\"" "" { target *-*-* } 0 } */
int x;
