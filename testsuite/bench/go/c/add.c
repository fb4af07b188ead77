/* The small C function every path calls.  */
static long add (long a, long b) { return a + b; }
#pragma linkname add safe.Add
