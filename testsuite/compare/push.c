/* Push: a static function emitted under another name.  */
#pragma linkname pushed cmpx.pushed
static int pushed (void) { return 1; }
