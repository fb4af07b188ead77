#include "cxx-pragma.h"
long use (void) { return nanotime () + counter + helper (1); }
