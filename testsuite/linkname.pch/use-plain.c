#include "plain.h"
#pragma linkname nanotime runtime.nanotime1
#pragma linkname helper pkg.helper
long use (void) { return nanotime (); }
