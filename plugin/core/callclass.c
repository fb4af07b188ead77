/* callclass.c - the call class of a linknamed function from the facts of
   the compiled unit (linkname/callclass.h).

   SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
#include "linkname/callclass.h"
#include "linkname/strmap.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *
ln_call_kind_name (enum ln_call_kind kind)
{
  switch (kind)
    {
    case LN_CALL_BOUNDED:
      return "bounded";
    case LN_CALL_LEAF:
      return "leaf";
    default:
      return "block";
    }
}

int
ln_call_kind_parse (const char *s)
{
  if (strcmp (s, "bounded") == 0)
    return LN_CALL_BOUNDED;
  if (strcmp (s, "leaf") == 0)
    return LN_CALL_LEAF;
  if (strcmp (s, "block") == 0)
    return LN_CALL_BLOCK;
  return -1;
}

/* Functions of glibc that neither block nor call back, and whose stack
   use is small: memory and string functions written in assembly or
   without calls, errno's address, and libgcc's arithmetic helpers.
   Functions that take a lock, read the locale, allocate, or call a
   function pointer (qsort, bsearch) are not here.  */
const char *const ln_cc_libc_bounded[] = {
  "memcpy", "memmove", "memset", "memcmp", "memchr", "memrchr",
  "rawmemchr", "mempcpy", "bcmp", "bcopy", "bzero", "explicit_bzero",
  "strlen", "strnlen", "strcmp", "strncmp", "strchr", "strrchr",
  "strchrnul", "strcpy", "strncpy", "stpcpy", "stpncpy", "strcat",
  "strncat", "strspn", "strcspn", "strpbrk", "strstr", "memmem",
  "wcslen", "wmemcpy", "wmemmove", "wmemset", "wmemcmp",
  "__memcpy_chk", "__memmove_chk", "__memset_chk", "__strcpy_chk",
  "__stpcpy_chk", "__strcat_chk", "__strncpy_chk", "__strncat_chk",
  "__errno_location", "abs", "labs", "llabs", "ffs", "ffsl", "ffsll",
  /* libgcc */
  "__divti3", "__udivti3", "__modti3", "__umodti3", "__divmodti4",
  "__udivmodti4", "__multi3", "__popcountdi2", "__popcountti2",
  "__clzti2", "__ctzti2", "__ffsti2", "__parityti2", "__mulsc3",
  "__muldc3", "__mulxc3", "__divsc3", "__divdc3", "__divxc3",
  "__powisf2", "__powidf2", "__powixf2", "__floattisf", "__floattidf",
  "__floattixf", "__floatuntisf", "__floatuntidf", "__floatuntixf",
  "__fixsfti", "__fixdfti", "__fixxfti", "__fixunssfti", "__fixunsdfti",
  "__fixunsxfti",
  /* -fstack-protector's report kills the process */
  "__stack_chk_fail",
  NULL
};

/* Never block nor call back, but their stack use is not documented:
   libm (glibc's slow paths for hard arguments use multi-precision
   arithmetic on the stack).  */
const char *const ln_cc_libc_unbounded[] = {
  "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
  "tanh", "asinh", "acosh", "atanh", "exp", "exp2", "expm1", "log",
  "log2", "log10", "log1p", "pow", "sqrt", "cbrt", "hypot", "fmod",
  "remainder", "floor", "ceil", "round", "trunc", "rint", "nearbyint",
  "lround", "llround", "lrint", "llrint", "fabs", "copysign", "frexp",
  "ldexp", "modf", "fma", "fmin", "fmax", "erf", "erfc", "lgamma",
  "tgamma", "sincos",
  "sinf", "cosf", "tanf", "asinf", "acosf", "atanf", "atan2f", "sinhf",
  "coshf", "tanhf", "expf", "exp2f", "expm1f", "logf", "log2f",
  "log10f", "log1pf", "powf", "sqrtf", "cbrtf", "hypotf", "fmodf",
  "floorf", "ceilf", "roundf", "truncf", "rintf", "lroundf", "lrintf",
  "fabsf", "frexpf", "ldexpf", "modff", "fmaf", "fminf", "fmaxf",
  "sincosf",
  "__tls_get_addr",
  NULL
};

static int
in_list (const char *const *list, const char *name)
{
  for (; *list; list++)
    if (strcmp (*list, name) == 0)
      return 1;
  return 0;
}

enum ln_cc_libc
ln_cc_libc (const char *name)
{
  if (in_list (ln_cc_libc_bounded, name))
    return LN_CC_LIBC_BOUNDED;
  if (in_list (ln_cc_libc_unbounded, name))
    return LN_CC_LIBC_UNBOUNDED;
  return LN_CC_LIBC_NO;
}

/* What a function's proof found, itself and all it calls.  */
struct facts
{
  int blocks;	   /* may block or call back, and why */
  char *bwhy;
  int hard;	   /* recursion, alloca, VLA: block unless overridden */
  char *hwhy;
  int soft;	   /* stack not bounded: leaf */
  char *swhy;
  int faults;	   /* may fault or trap */
  char *fwhy;
  unsigned long long depth; /* stack, return address included */
  const char *deep;	    /* the callee on the deepest chain */
};

struct node
{
  char *name;
  long long frame;
  char **callees; /* "" for a call through a pointer */
  size_t ncallees;
  char *block_why, *dyn_why, *fault_why;
  int override; /* -1 none, else enum ln_call_kind */
  int state;	/* 0 not seen, 1 being proved, 2 proved */
  struct facts nat, eff; /* before and after its own override */
};

struct ln_cc_graph
{
  struct ln_strmap *nodes;
};

static char *
fmt (const char *f, ...)
{
  char buf[256];
  va_list ap;
  va_start (ap, f);
  vsnprintf (buf, sizeof buf, f, ap);
  va_end (ap);
  for (char *p = buf; *p; p++)
    if (*p == '\t' || *p == '\n')
      *p = ' ';
  return strdup (buf);
}

static void
facts_free (struct facts *f)
{
  free (f->bwhy);
  free (f->hwhy);
  free (f->swhy);
  free (f->fwhy);
  memset (f, 0, sizeof *f);
}

struct ln_cc_graph *
ln_cc_new (void)
{
  struct ln_cc_graph *g = calloc (1, sizeof *g);
  if (g && !(g->nodes = ln_strmap_new ()))
    {
      free (g);
      g = NULL;
    }
  return g;
}

void
ln_cc_free (struct ln_cc_graph *g)
{
  if (!g)
    return;
  for (size_t i = 0; i < ln_strmap_count (g->nodes); i++)
    {
      struct node *n = ln_strmap_value_at (g->nodes, i);
      for (size_t j = 0; j < n->ncallees; j++)
	free (n->callees[j]);
      free (n->callees);
      free (n->name);
      free (n->block_why);
      free (n->dyn_why);
      free (n->fault_why);
      facts_free (&n->nat);
      facts_free (&n->eff);
      free (n);
    }
  ln_strmap_free (g->nodes);
  free (g);
}

static struct node *
node_of (struct ln_cc_graph *g, const char *name)
{
  struct node *n = ln_strmap_get (g->nodes, name);
  if (n)
    return n;
  n = calloc (1, sizeof *n);
  if (!n || !(n->name = strdup (name))
      || !ln_strmap_put (g->nodes, name, n))
    {
      if (n)
	free (n->name);
      free (n);
      return NULL;
    }
  n->frame = -2; /* not compiled (yet) */
  n->override = -1;
  return n;
}

int
ln_cc_add_func (struct ln_cc_graph *g, const char *name, long long frame)
{
  struct node *n = node_of (g, name);
  if (!n)
    return -1;
  n->frame = frame;
  return 0;
}

int
ln_cc_add_call (struct ln_cc_graph *g, const char *name, const char *callee)
{
  struct node *n = node_of (g, name);
  if (!n)
    return -1;
  for (size_t j = 0; j < n->ncallees; j++)
    if (strcmp (n->callees[j], callee ? callee : "") == 0)
      return 0;
  char **c = realloc (n->callees, (n->ncallees + 1) * sizeof *c);
  if (!c)
    return -1;
  n->callees = c;
  if (!(c[n->ncallees] = strdup (callee ? callee : "")))
    return -1;
  n->ncallees++;
  return 0;
}

static int
set_why (char **slot, const char *why)
{
  if (*slot)
    return 0; /* the first one found names the culprit */
  return (*slot = fmt ("%s", why)) ? 0 : -1;
}

int
ln_cc_add_blocker (struct ln_cc_graph *g, const char *name, const char *why)
{
  struct node *n = node_of (g, name);
  return n ? set_why (&n->block_why, why) : -1;
}

int
ln_cc_add_dynamic (struct ln_cc_graph *g, const char *name, const char *why)
{
  struct node *n = node_of (g, name);
  return n ? set_why (&n->dyn_why, why) : -1;
}

int
ln_cc_add_fault (struct ln_cc_graph *g, const char *name, const char *why)
{
  struct node *n = node_of (g, name);
  return n ? set_why (&n->fault_why, why) : -1;
}

int
ln_cc_set_override (struct ln_cc_graph *g, const char *name,
		    enum ln_call_kind kind)
{
  struct node *n = node_of (g, name);
  if (!n)
    return -1;
  n->override = kind;
  return 0;
}

/* A reason from callee C: "calls read (in helper)", the innermost
   function named once.  */
static char *
through (const char *why, const char *c)
{
  if (!c || strstr (why, " (in ") || strstr (why, c))
    return fmt ("%s", why);
  return fmt ("%s (in %s)", why, c);
}

static void
merge (struct facts *f, const struct facts *c, const char *callee)
{
  if (c->blocks && !f->blocks)
    {
      f->blocks = 1;
      f->bwhy = through (c->bwhy, callee);
    }
  if (c->hard && !f->hard)
    {
      f->hard = 1;
      f->hwhy = through (c->hwhy, callee);
    }
  if (c->soft && !f->soft)
    {
      f->soft = 1;
      f->swhy = through (c->swhy, callee);
    }
  if (c->faults && !f->faults)
    {
      f->faults = 1;
      f->fwhy = through (c->fwhy, callee);
    }
}

/* F may fault: WHY, unless something found first.  */
static void
may_fault (struct facts *f, char *why)
{
  if (!f->faults)
    {
      f->faults = 1;
      f->fwhy = why;
    }
  else
    free (why);
}

static void visit (struct ln_cc_graph *g, struct node *n);

static void
copy_facts (struct facts *to, const struct facts *from)
{
  *to = *from;
  to->bwhy = from->bwhy ? fmt ("%s", from->bwhy) : NULL;
  to->hwhy = from->hwhy ? fmt ("%s", from->hwhy) : NULL;
  to->swhy = from->swhy ? fmt ("%s", from->swhy) : NULL;
  to->fwhy = from->fwhy ? fmt ("%s", from->fwhy) : NULL;
}

#define DEPTH_MAX (1ULL << 40)

static void
visit (struct ln_cc_graph *g, struct node *n)
{
  struct facts *f = &n->nat;
  n->state = 1;
  if (n->block_why)
    {
      f->blocks = 1;
      f->bwhy = fmt ("%s", n->block_why);
    }
  if (n->dyn_why)
    {
      f->hard = 1;
      f->hwhy = fmt ("%s", n->dyn_why);
    }
  if (n->fault_why)
    may_fault (f, fmt ("%s", n->fault_why));
  if (n->frame < 0)
    {
      f->soft = 1;
      f->swhy = fmt ("the frame of %s is not known", n->name);
    }
  unsigned long long deepest = 0;
  for (size_t i = 0; i < n->ncallees; i++)
    {
      const char *c = n->callees[i];
      struct node *m = *c ? ln_strmap_get (g->nodes, c) : NULL;
      if (m && m->frame == -2)
	{
	  /* Declared here, defined elsewhere: its override speaks for
	     it, or the list does.  */
	  struct facts t = { 0 };
	  if (m->override == LN_CALL_LEAF)
	    {
	      t.soft = 1;
	      t.swhy = fmt ("calls %s, marked leaf", c);
	    }
	  else if (m->override == LN_CALL_BLOCK)
	    {
	      t.blocks = 1;
	      t.bwhy = fmt ("calls %s, marked block", c);
	    }
	  merge (f, &t, NULL);
	  facts_free (&t);
	  if (m->override >= 0)
	    continue;
	  m = NULL;
	}
      if (!*c)
	{
	  struct facts t = { 0 };
	  t.blocks = 1;
	  t.bwhy = fmt ("a call through a pointer");
	  merge (f, &t, NULL);
	  facts_free (&t);
	}
      else if (m && m->state == 1)
	{
	  struct facts t = { 0 };
	  t.hard = 1;
	  t.hwhy = fmt ("recursion through %s", c);
	  merge (f, &t, NULL);
	  facts_free (&t);
	}
      else if (m)
	{
	  if (m->state == 0)
	    visit (g, m);
	  merge (f, &m->eff, c);
	  if (m->eff.depth > deepest)
	    {
	      deepest = m->eff.depth;
	      f->deep = m->name;
	    }
	}
      else
	{
	  /* Whatever its class, a function not compiled here may fault
	     (memcpy of a null pointer).  */
	  may_fault (f, fmt ("calls %s", c));
	  switch (ln_cc_libc (c))
	    {
	    case LN_CC_LIBC_BOUNDED:
	      if (LN_CC_LIBC_MARGIN > deepest)
		{
		  deepest = LN_CC_LIBC_MARGIN;
		  f->deep = c;
		}
	      break;
	    case LN_CC_LIBC_UNBOUNDED:
	      {
		struct facts t = { 0 };
		t.soft = 1;
		t.swhy = fmt ("calls %s, whose stack use is not known", c);
		merge (f, &t, NULL);
		facts_free (&t);
	      }
	      break;
	    default:
	      {
		struct facts t = { 0 };
		t.blocks = 1;
		t.bwhy = fmt ("calls %s, which may block or call back", c);
		merge (f, &t, NULL);
		facts_free (&t);
	      }
	    }
	}
    }
  f->depth = n->frame < 0 ? 0 : (unsigned long long) n->frame + deepest;
  if (f->depth > DEPTH_MAX)
    f->depth = DEPTH_MAX;
  copy_facts (&n->eff, f);
  if (n->override == LN_CALL_BLOCK)
    {
      facts_free (&n->eff);
      n->eff.blocks = 1;
      n->eff.bwhy = fmt ("%s is marked block", n->name);
    }
  else if (n->override == LN_CALL_LEAF && (f->blocks || f->hard))
    {
      unsigned long long depth = n->eff.depth;
      facts_free (&n->eff);
      n->eff.soft = 1;
      n->eff.swhy = fmt ("%s is marked leaf", n->name);
      n->eff.depth = depth;
    }
  n->state = 2;
}

/* "helper -> memcpy", the deepest chain below N; "no calls".  */
static void
chain (struct ln_cc_graph *g, struct node *n, char *buf, size_t len)
{
  size_t used = 0;
  int steps = 0;
  snprintf (buf, len, "no calls");
  for (const char *name = n->nat.deep; name && steps < 8; steps++)
    {
      int k = snprintf (buf + used, len - used, "%s%s", steps ? " -> " : "via ",
			name);
      if (k < 0 || (size_t) k >= len - used)
	break;
      used += (size_t) k;
      struct node *m = ln_strmap_get (g->nodes, name);
      name = m ? m->nat.deep : NULL;
    }
}

static void
set_out (char *dst, const char *src)
{
  snprintf (dst, 256, "%s", src);
  for (; *dst; dst++)
    if (*dst == '\t' || *dst == '\n')
      *dst = ' ';
}

void
ln_cc_classify (struct ln_cc_graph *g, const char *name,
		const char *not_compiled, struct ln_cc_result *out)
{
  memset (out, 0, sizeof *out);
  out->kind = LN_CALL_BLOCK;
  struct node *n = g ? ln_strmap_get (g->nodes, name) : NULL;
  if (!n || n->frame == -2)
    {
      set_out (out->why, not_compiled ? not_compiled
				       : "its body was not compiled here");
      return;
    }
  if (n->state == 0)
    visit (g, n);
  const struct facts *f = &n->nat;
  char buf[256];
  const char *marked = n->override == LN_CALL_LEAF ? "marked leaf; " : "";
  if (f->blocks)
    set_out (out->blocker, f->bwhy);
  if (n->override == LN_CALL_BLOCK)
    set_out (out->why, "marked block");
  else if (f->blocks && n->override != LN_CALL_LEAF)
    set_out (out->why, f->bwhy);
  else if (f->hard && n->override != LN_CALL_LEAF)
    set_out (out->why, f->hwhy);
  else if (f->blocks || f->hard || f->soft)
    {
      out->kind = LN_CALL_LEAF;
      snprintf (buf, sizeof buf, "%s%s", marked,
		f->blocks ? f->bwhy : f->hard ? f->hwhy : f->swhy);
      set_out (out->why, buf);
    }
  else
    {
      out->kind = LN_CALL_BOUNDED;
      out->bound = f->depth + LN_CC_RED_ZONE;
      size_t k = (size_t) snprintf (buf, sizeof buf, "%s", marked);
      chain (g, n, buf + k, sizeof buf - k);
      set_out (out->why, buf);
      if (f->faults)
	set_out (out->fault, f->fwhy);
    }
}
