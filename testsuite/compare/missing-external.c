/* One argument on a declaration: there is no name to bind it to.  */
#pragma linkname decl
extern int decl (void);
int Use (void) { return decl (); }
