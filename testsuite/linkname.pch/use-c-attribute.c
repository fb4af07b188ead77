#include "c-attribute.h"
long use (void) { return other (); }
