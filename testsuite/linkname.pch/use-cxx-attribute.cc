#include "cxx-attribute.h"
long use (void) { return other (); }
