/* A pushed static.  */
static long helper (long x) __attribute__ ((linkname ("pkg.helper")));
static long helper (long x) { return x + 1; }
