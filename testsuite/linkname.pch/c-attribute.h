/* A pull by attribute: C drops the attribute from the declaration.  */
extern long other (void) __attribute__ ((linkname ("pkg.other")));
