/* test-target.c - assembler-name checks and gccgo's encoding.  Expected
   encodings are what gccgo-12 emits (nm on its objects), e.g.
   example.com/gofn.Sub -> example_0com_1gofn.Sub.  */
#include "unit.h"
#include "linkname/target.h"

static const char *
mangle (const char *in)
{
  static char buf[256];
  ln_gccgo_mangle (in, buf, sizeof buf);
  return buf;
}

static const char *
component (const char *in)
{
  static char buf[256];
  ln_gccgo_encode_component (in, strlen (in), buf, sizeof buf);
  return buf;
}

void
test_target (void)
{
  char why[512];
  CHECK (ln_target_check ("runtime.nanotime1", why, sizeof why) == 0);
  CHECK (ln_target_check ("_x", why, sizeof why) == 0);
  CHECK (ln_target_check ("a$b", why, sizeof why) == 0);
  CHECK (ln_target_check ("..", why, sizeof why) == 0);
  CHECK (ln_target_check ("a.L", why, sizeof why) == 0);
  CHECK (ln_target_check ("main.F\xc3\xa9", why, sizeof why) == 0);

  CHECK (ln_target_check ("", why, sizeof why) != 0);
  CHECK (ln_target_check ("9a", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "'9' cannot start a symbol name");
  CHECK (ln_target_check ("$a", why, sizeof why) != 0);
  CHECK (ln_target_check ("a-b", why, sizeof why) != 0);
  CHECK (ln_target_check ("sync/atomic.Load", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "'/' is not allowed in a symbol name");
  CHECK_CONTAINS (why, "'sync_1atomic.Load'");
  CHECK (ln_target_check ("a@b", why, sizeof why) != 0);
  /* Found by the fuzzer: 'call .' calls itself; .L2 is GCC's own.  */
  CHECK (ln_target_check (".", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "location counter");
  CHECK (ln_target_check (".L2", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "local labels");
  CHECK (ln_target_check (".L.local", why, sizeof why) != 0);
  /* A control byte is shown as an escape: one diagnostic, one line.  */
  CHECK (ln_target_check ("a\nb", why, sizeof why) != 0);
  CHECK_CONTAINS (why, "'a\\x0ab'");
  CHECK (strchr (why, '\n') == NULL);

  CHECK_STR (mangle ("example.com/gofn.Sub"), "example_0com_1gofn.Sub");
  CHECK_STR (mangle ("example.com/foo/bar.T.Meth"),
	     "example_0com_1foo_1bar.T.Meth");
  CHECK_STR (mangle ("sync/atomic.Load"), "sync_1atomic.Load");
  CHECK_STR (mangle ("runtime.nanotime"), "runtime.nanotime");
  CHECK_STR (mangle ("main.helper_fn"), "main.helper__fn");
  CHECK_STR (mangle ("internal/reflectlite.chanlen"),
	     "internal_1reflectlite.chanlen");
  CHECK_STR (component ("github.com/x-y/v2.pkg"),
	     "github_0com_1x_x2dy_1v2_0pkg");
  CHECK_STR (component ("9a"), "_x39a");
  CHECK_STR (component ("(*T)"), "_8_2T_9");

  char small[4];
  CHECK (ln_gccgo_mangle ("sync/atomic.Load", small, sizeof small) == 17);
  CHECK_STR (small, "syn");
}
