/* test-symabis.c - reading symabis files; messages as gc's reader.  */
#include "unit.h"
#include "linkname/symabis.h"

static struct ln_symabis *
parse (const char *text, const char *pkgpath, char *err)
{
  return ln_symabis_parse ("f.symabis", text, strlen (text), pkgpath, err,
			   256);
}

void
test_symabis (void)
{
  char err[256];
  struct ln_symabis *s
    = parse ("# c\n\ndef asm.add ABI0\nref cfn ABI0\n  def\tx  ABIInternal \n"
	     "ref asm.add ABIInternal\ndef \"\".local ABI0", "my/pkg", err);
  CHECK (s != NULL);
  CHECK (ln_symabis_lookup (s, "asm.add") == (LN_DEF_ABI0 | LN_REF_ABIINTERNAL));
  CHECK (ln_symabis_lookup (s, "cfn") == LN_REF_ABI0);
  CHECK (ln_symabis_lookup (s, "x") == LN_DEF_ABIINTERNAL);
  CHECK (ln_symabis_lookup (s, "my/pkg.local") == LN_DEF_ABI0);
  CHECK (ln_symabis_lookup (s, "absent") == 0);
  ln_symabis_free (s);

  CHECK (parse ("def a ABI0\nfoo b ABI0\n", NULL, err) == NULL);
  CHECK_STR (err, "f.symabis:2: invalid symabi type \"foo\"; lines are "
		  "'def SYMBOL ABI' or 'ref SYMBOL ABI'");
  CHECK (parse ("ref a\n", NULL, err) == NULL);
  CHECK_STR (err, "f.symabis:1: invalid symabi: syntax is \"ref sym abi\"");
  CHECK (parse ("\n\n\ndef a ABI9", NULL, err) == NULL);
  CHECK_STR (err, "f.symabis:4: invalid symabi: unknown abi \"ABI9\"");
  CHECK (parse ("def \"\".x ABI0\n", NULL, err) == NULL);
  CHECK_CONTAINS (err, "f.symabis:1: symbol '\"\".x' is in the local package");
  CHECK (ln_symabis_parse ("f", "def a\0 ABI0\n", 12, NULL, err, sizeof err)
	 == NULL);
  CHECK_STR (err, "f:1: NUL byte in line");
  CHECK (ln_symabis_lookup (NULL, "a") == 0);
}
