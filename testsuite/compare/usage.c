/* No argument, and three.  */
#pragma linkname
#pragma linkname a b c
int a (void) { return 6; }
