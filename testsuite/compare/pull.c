/* Pull: a declaration bound to another name.  */
#pragma linkname pulled cmpx.pulled
extern int pulled (void);
int Use (void) { return pulled (); }
