#include "c-pragma.h"
long use (void) { return nanotime () + counter; }
