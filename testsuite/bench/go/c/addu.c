/* The same as add.c, bound on its own (it was the -goroutine-stack
   binding; the bounded class now runs C on the goroutine stack).  */
static long add (long a, long b) { return a + b; }
#pragma linkname add unsafe.Add
