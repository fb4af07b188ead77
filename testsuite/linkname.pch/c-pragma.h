/* A pull by pragma: GCC's PCH keeps nothing of the plugin's table.  */
extern long nanotime (void);
#pragma linkname nanotime runtime.nanotime1
