/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* test-mangle.c - gccgo's symbol names.  Every expected value in the
   first two tables was read with nm from an object that gccgo-12
   (Debian 12.2.0-14) compiled, e.g.
     gccgo-12 -c -fgo-pkgpath='example.com/ü/ключ' a.go && nm a.o
   where a.go defines Baz, helper_fn, Fé, F𝔸, F世界, G_1, T.Meth, (*T).PMeth,
   Ü.Méth and a closure in outer.  The third table was read the same way
   from gccgo-15 (Debian 15.3.0-4, in the forky root of config/make-root.sh);
   for the same a.go and paths, gccgo-15 and gccgo-12 give identical symbol
   lists (diffed, 2026-11-25).  */
#include "unit.h"
#include "linkname/mangle.h"

#include <stdlib.h>

struct case_
{
  const char *go, *sym;
};

/* Go name as gc writes it -> gccgo-12's symbol.  */
static const struct case_ names[] = {
  { "example.com/gofn.Sub", "example_0com_1gofn.Sub" },
  { "example.com/foo/bar.Baz", "example_0com_1foo_1bar.Baz" },
  { "example.com/foo/bar.T.Meth", "example_0com_1foo_1bar.T.Meth" },
  { "example.com/foo/bar.T.PMeth", "example_0com_1foo_1bar.T.PMeth" },
  { "example.com/foo/bar.helper_fn", "example_0com_1foo_1bar.helper__fn" },
  { "example.com/foo/bar.G_1", "example_0com_1foo_1bar.G__1" },
  { "example.com/foo/bar.F\xc3\xa9", "example_0com_1foo_1bar.F_u00e9" },
  { "example.com/foo/bar.F\xf0\x9d\x94\xb8",
    "example_0com_1foo_1bar.F_U0001d538" },
  { "example.com/foo/bar.F\xe4\xb8\x96\xe7\x95\x8c",
    "example_0com_1foo_1bar.F_u4e16_u754c" },
  { "example.com/foo/bar.\xc3\x9c.M\xc3\xa9th",
    "example_0com_1foo_1bar._u00dc.M_u00e9th" },
  { "example.com/\xc3\xbc/\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87.Baz",
    "example_0com_1_u00fc_1_u043a_u043b_u044e_u0447.Baz" },
  { "\xc3\xa9.com/x.Baz", "_u00e9_0com_1x.Baz" },
  /* A '.' in the last path element, written %2e as gc does.  */
  { "gopkg.in/yaml%2ev2.Baz", "gopkg_0in_1yaml_0v2.Baz" },
  { "gopkg.in/yaml%2Ev2.T.Meth", "gopkg_0in_1yaml_0v2.T.Meth" },
  { "github.com/x-y/v2%2epkg.Baz", "github_0com_1x_x2dy_1v2_0pkg.Baz" },
  { "a b/c;d.Baz", "a_bb_1c_cd.Baz" },
  { "1pkg/x.Baz", "_x31pkg_1x.Baz" },
  { "x/1a/b.exp", "x_11a_1b.exp" },
  { "x/{a}[b](c)*d,e\"f.Baz", "x_1_4a_5_6b_7_8c_9_2d_3e_af.Baz" },
  { "p~q!r@s#t%25u^v&w+x=y|z:a<b>c?d.Baz",
    "p_x7eq_x21r_x40s_x23t_x25u_x5ev_x26w_x2bx_x3dy_x7cz_x3aa_x3cb_x3ec_x3fd"
    ".Baz" },
  { "tab%09x.Baz", "tab_x09x.Baz" },
  { "_x/y_.Baz", "__x_1y__.Baz" },
  { "main.helper_fn", "main.helper__fn" },
  { "main.main", "main.main" },
  /* gccgo's special suffixes stay unencoded.  */
  { "main.outer..func1", "main.outer..func1" },
  { "example.com/foo/bar.Baz..f", "example_0com_1foo_1bar.Baz..f" },
  /* libgo's own linkname targets, written the gc way.  */
  { "sync/atomic.StoreUintptr", "sync_1atomic.StoreUintptr" },
  { "internal/reflectlite.chanlen", "internal_1reflectlite.chanlen" },
  { "runtime.nanotime", "runtime.nanotime" },
  /* Not a Go name: a plain symbol, kept.  */
  { "my_c_symbol", "my_c_symbol" },
  /* gc's method and closure spellings (issue 18), read with nm from
     gccgo-12 and gccgo-15 objects of the same p.go (identical lists):
     gccgo names a method after its type, pointer receiver or not, and
     the Nth closure of F (or of T.M) F..funcN.  */
  { "example.com/p.(*T).PM", "example_0com_1p.T.PM" },
  { "example.com/p.T.VM", "example_0com_1p.T.VM" },
  { "example.com/p.Outer.func1", "example_0com_1p.Outer..func1" },
  { "example.com/p.deferer.func2", "example_0com_1p.deferer..func2" },
  { "example.com/p.(*T).MC.func1", "example_0com_1p.T.MC..func1" },
  { "example.com/p.T.VC.func1", "example_0com_1p.T.VC..func1" },
  { "gopkg.in/yaml%2ev2.(*T).PM", "gopkg_0in_1yaml_0v2.T.PM" },
  /* A method named funcN, written with its pointer receiver.  */
  { "example.com/p.(*T).func1", "example_0com_1p.T.func1" },
  { "example.com/p.(*\xc3\x9c).M", "example_0com_1p._u00dc.M" },
};

/* Go name as gc writes it -> gccgo-15's symbol (nm), paths with a '-',
   a '.' in a middle element, a '.' in the last one, ' ' and ';', and a
   leading digit.  */
static const struct case_ names15[] = {
  { "example.com/go-fn.v2/gofn.Baz", "example_0com_1go_x2dfn_0v2_1gofn.Baz" },
  { "example.com/go-fn.v2/gofn.T.Meth",
    "example_0com_1go_x2dfn_0v2_1gofn.T.Meth" },
  { "example.com/go-fn.v2/gofn.T.PMeth",
    "example_0com_1go_x2dfn_0v2_1gofn.T.PMeth" },
  { "example.com/go-fn.v2/gofn.\xc3\x9c.M\xc3\xa9th",
    "example_0com_1go_x2dfn_0v2_1gofn._u00dc.M_u00e9th" },
  { "example.com/go-fn.v2/gofn.helper_fn",
    "example_0com_1go_x2dfn_0v2_1gofn.helper__fn" },
  { "gopkg.in/yaml%2ev2.F\xf0\x9d\x94\xb8", "gopkg_0in_1yaml_0v2.F_U0001d538" },
  { "gopkg.in/yaml%2ev2.G_1", "gopkg_0in_1yaml_0v2.G__1" },
  { "a b/c;d.F\xe4\xb8\x96\xe7\x95\x8c", "a_bb_1c_cd.F_u4e16_u754c" },
  { "a b/c;d.T.PMeth", "a_bb_1c_cd.T.PMeth" },
  { "1pkg/x.F\xc3\xa9", "_x31pkg_1x.F_u00e9" },
  { "1pkg/x.helper_fn", "_x31pkg_1x.helper__fn" },
};

/* One component (go_encode_id), every character class it names.  */
static const struct case_ ids[] = {
  { "github.com/x-y/v2.pkg", "github_0com_1x_x2dy_1v2_0pkg" },
  { "9a", "_x39a" },
  { "a9", "a9" },
  { "(*T)", "_8_2T_9" },
  { "[1024]uint8", "_61024_7uint8" },
  { "struct{Size uint32;Mallocs uint64}",
    "struct_4Size_buint32_cMallocs_buint64_5" },
  { "a$b", "a_x24b" },
  { "\x7f", "_x7f" },
  { "\xe2\x82\xac", "_u20ac" },
  { "\xf4\x8f\xbf\xbf", "_U0010ffff" },
  /* Not UTF-8: byte by byte.  */
  { "\xff", "_xff" },
  { "\x80z", "_x80z" },
  { "\xc3", "_xc3" },
  { "", "" },
};

static const char *const bad[] = {
  "a.b/c",	    /* no name after the path */
  ".F",		    /* empty path */
  "pkg.F.",	    /* empty name */
  "pkg.a.b.c",	    /* more than Type.Method */
  "gopkg.in/yaml.v2.T.M", /* the same: write %2e */
  "example.com/p.Outer.func1.1", /* gc's nested closure */
  "pkg.(T).M",	    /* a receiver in parentheses is (*T) */
  "pkg.(*T)",	    /* no method */
  "pkg.(*T).",	    /* empty method */
  "pkg.(*T.M",	    /* no ')' */
  "pkg.(*).M",	    /* no type */
  "pkg.(*a.b).M",   /* a '.' in the type */
  "pkg.(*T)M",	    /* no '.' after the receiver */
  "pkg.(*T).M.N",   /* more than TYPE.METHOD */
  "pkg%2.F",	    /* short escape */
  "pkg%zz.F",	    /* not hex */
};

/* Each Go name of table T (N entries) mangles to its symbol.  */
static void
check_names (const struct case_ *t, size_t n)
{
  char buf[256], why[256];
  for (size_t i = 0; i < n; i++)
    {
      size_t len = ln_gccgo_mangle (t[i].go, buf, sizeof buf, why, sizeof why);
      CHECK_STR (len == LN_MANGLE_ERROR ? why : buf, t[i].sym);
      CHECK (len == strlen (t[i].sym));
    }
}

void
test_mangle (void)
{
  char buf[256], why[256];
  check_names (names, sizeof names / sizeof names[0]);
  check_names (names15, sizeof names15 / sizeof names15[0]);
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
    {
      ln_gccgo_encode_id (ids[i].go, strlen (ids[i].go), buf, sizeof buf);
      CHECK_STR (buf, ids[i].sym);
    }
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      why[0] = '\0';
      CHECK (ln_gccgo_mangle (bad[i], buf, sizeof buf, why, sizeof why)
	     == LN_MANGLE_ERROR);
      CHECK_CONTAINS (why, bad[i]);
    }
  CHECK_CONTAINS (why, "%XX escape");

  /* Truncation, as snprintf; and the malloc'd form.  */
  char small[4];
  CHECK (ln_gccgo_mangle ("sync/atomic.Load", small, sizeof small, NULL, 0)
	 == 17);
  CHECK_STR (small, "syn");
  char *s = ln_gccgo_mangle_dup ("example.com/gofn.Sub", why, sizeof why);
  CHECK_STR (s, "example_0com_1gofn.Sub");
  free (s);
  CHECK (ln_gccgo_mangle_dup ("pkg.a.b.c", why, sizeof why) == NULL);
  CHECK_CONTAINS (why, "write a '.' in the last path element as %2e");

  /* The one-argument form's name: the path is taken whole, as
     -fgo-pkgpath takes it (nm: gopkg_0in_1yaml_0v2.helper__fn).  */
  s = ln_gccgo_default_name ("gopkg.in/yaml.v2", "helper_fn");
  CHECK_STR (s, "gopkg_0in_1yaml_0v2.helper__fn");
  free (s);
  s = ln_gccgo_default_name ("x/1a/b", "exp");
  CHECK_STR (s, "x_11a_1b.exp");
  free (s);
  s = ln_gccgo_default_name ("main", "exp");
  CHECK_STR (s, "main.exp");
  free (s);
}
