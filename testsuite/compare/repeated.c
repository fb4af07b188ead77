/* Two directives for one name: the last one wins.  */
#pragma linkname f cmpx.first
#pragma linkname f cmpx.second
static int f (void) { return 5; }
