/* A directive for a name that is not declared.  */
#pragma linkname nonexist cmpx.nonexist
int f (void) { return 3; }
