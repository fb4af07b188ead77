/* One argument, with -fplugin-arg-linkname-pkgpath=example.com/cmp:
   exported under gccgo's default name, example_0com_1cmp.exp__fn.  */
#pragma linkname exp_fn
static int exp_fn (void) { return 2; }
