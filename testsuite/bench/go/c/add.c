/* The small C functions every path calls, one per call class (issue 16):
   add as it stands is a bounded leaf; with a VLA its stack has no bound
   (an unbounded leaf); the attribute makes it a call that may block.  */
static long add (long a, long b) { return a + b; }
#pragma linkname add bind.Add

static long
add_leaf (long a, long b)
{
  volatile char pad[(b & 1) + 1];
  pad[0] = 0;
  return a + b + pad[0];
}
#pragma linkname add_leaf bind.AddLeaf

__attribute__ ((linkname_call ("block"))) static long
add_block (long a, long b)
{
  return a + b;
}
#pragma linkname add_block bind.AddBlock
