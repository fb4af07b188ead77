/* The same, bound with linkname-go -goroutine-stack (unsafe: measuring
   what the system-stack switch costs).  */
static long add (long a, long b) { return a + b; }
#pragma linkname add unsafe.Add
