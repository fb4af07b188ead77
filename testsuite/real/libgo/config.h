/* config.h - the configure results the chosen libgo files ask for, for
   x86-64 GNU/Linux; a libgo build generates the real one.  */
#define HAVE_SETENV 1
#define HAVE_UNSETENV 1
