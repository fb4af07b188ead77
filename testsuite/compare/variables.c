/* A variable pushed under another name: the plugin does it, as gc
   does; gccgo 12 refuses.  */
#pragma linkname counter cmpx.counter
static int counter = 4;
