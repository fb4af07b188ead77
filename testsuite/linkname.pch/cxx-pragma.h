/* C++: the pragma names a declaration, recorded in the plugin's table.  */
extern "C" long nanotime (void);
#pragma linkname nanotime runtime.nanotime1
