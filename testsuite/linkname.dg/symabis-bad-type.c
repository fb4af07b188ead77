/* A malformed symabis line: an error naming the file and the line.  */
/* { dg-do compile } */
/* { dg-symabis "symabis-bad-type.txt" } */
/* { dg-error "symabis-bad-type.txt:3: invalid symabi type \"deff\"" "" { target *-*-* } 0 } */
int x;
