/* gc's text for the wrong number of fields.  */
/* { dg-do compile } */
/* { dg-symabis "symabis-bad-fields.txt" } */
/* { dg-error "symabis-bad-fields.txt:1: invalid symabi: syntax is \"def sym abi\"" "" { target *-*-* } 0 } */
int x;
