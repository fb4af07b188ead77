/* target/x86.cc - ABI0 thunks exist for x86-64 (LP64) only: Go's amd64
   ABI0.  Built into plugins for the i386 back end (x86_64 and i686
   compilers); -m32 and -mx32 get none.  */
#include "../linkname.h"

bool
linkname_target_has_abi0 (void)
{
  return TARGET_64BIT && TARGET_LP64;
}

bool
linkname_target_asm_intel (void)
{
  return ix86_asm_dialect == ASM_INTEL;
}

const char *
linkname_target_convention (tree fndecl)
{
  tree fntype = TREE_TYPE (fndecl);
  /* -mabi=ms, or ms_abi without sysv_abi: GCC's own answer.  */
  if (ix86_function_type_abi (fntype) == MS_ABI)
    return "it uses the Microsoft x64 calling convention (ms_abi or "
	   "-mabi=ms); the thunk calls with the SysV psABI's";
  if (lookup_attribute ("interrupt", TYPE_ATTRIBUTES (fntype)))
    return "it is an interrupt handler, which cannot be called";
  return NULL;
}
