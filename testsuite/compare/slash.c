/* A target with '/': an error that says what to write instead.  */
#pragma linkname f sync/atomic.Load
static int f (void) { return 7; }
