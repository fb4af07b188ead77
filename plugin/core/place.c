/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* place.c - locations (abi0.h): register names and the text form notes
   carry.  */
#include "linkname/abi0.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const reg_names[LN_NREGS] = {
  NULL,	   "ax",    "bx",    "cx",    "dx",    "si",    "di",    "bp",
  "sp",	   "r8",    "r9",    "r10",   "r11",   "r12",   "r13",   "r14",
  "r15",   "xmm0",  "xmm1",  "xmm2",  "xmm3",  "xmm4",  "xmm5",  "xmm6",
  "xmm7",  "xmm8",  "xmm9",  "xmm10", "xmm11", "xmm12", "xmm13", "xmm14",
  "xmm15",
};

const char *
ln_reg_name (enum ln_reg r)
{
  return (unsigned) r < LN_NREGS ? reg_names[r] : NULL;
}

enum ln_reg
ln_reg_by_name (const char *name)
{
  for (unsigned r = 1; r < LN_NREGS; r++)
    if (name && strcmp (name, reg_names[r]) == 0)
      return (enum ln_reg) r;
  return LN_REG_NONE;
}

int
ln_reg_is_sse (enum ln_reg r)
{
  return r >= LN_XMM0 && r <= LN_XMM15;
}

int
ln_place_format (const struct ln_place *loc, char *buf, size_t len)
{
  size_t used = 0;
  int n;
#define PUT(...)                                                              \
  do                                                                          \
    {                                                                         \
      n = snprintf (used < len ? buf + used : NULL,                           \
		    used < len ? len - used : 0, __VA_ARGS__);                \
      if (n < 0)                                                              \
	return -1;                                                            \
      used += (size_t) n;                                                     \
    }                                                                         \
  while (0)
  if (len)
    buf[0] = 0;
  switch (loc->kind)
    {
    case LN_PLACE_NONE:
      PUT ("-");
      break;
    case LN_PLACE_STACK:
      PUT ("s%u+%u", loc->stack_offset, loc->stack_size);
      break;
    case LN_PLACE_MEMORY:
      PUT ("m:%s", loc->npieces ? ln_reg_name (loc->pieces[0].reg) : "?");
      break;
    case LN_PLACE_REGS:
      for (unsigned i = 0; i < loc->npieces; i++)
	{
	  const char *r = ln_reg_name (loc->pieces[i].reg);
	  PUT ("%s%s@%u:%u", i ? "," : "", r ? r : "?",
	       loc->pieces[i].offset, loc->pieces[i].size);
	}
      break;
    default:
      PUT ("?");
    }
#undef PUT
  return (int) used;
}

static int
parse_uint (const char **s, unsigned *out)
{
  char *end;
  if (**s < '0' || **s > '9')
    return -1;
  unsigned long v = strtoul (*s, &end, 10);
  if (v > 0xffffffffUL)
    return -1;
  *out = (unsigned) v;
  *s = end;
  return 0;
}

static int
parse_reg (const char **s, enum ln_reg *r)
{
  char name[8];
  size_t n = 0;
  while (((**s >= 'a' && **s <= 'z') || (**s >= '0' && **s <= '9'))
	 && n + 1 < sizeof name)
    name[n++] = *(*s)++;
  name[n] = 0;
  *r = ln_reg_by_name (name);
  return *r == LN_REG_NONE ? -1 : 0;
}

int
ln_place_parse (const char *s, struct ln_place *loc)
{
  memset (loc, 0, sizeof *loc);
  if (strcmp (s, "-") == 0)
    return 0;
  if (s[0] == 's' && s[1] >= '0' && s[1] <= '9')
    {
      s++;
      loc->kind = LN_PLACE_STACK;
      if (parse_uint (&s, &loc->stack_offset) || *s++ != '+'
	  || parse_uint (&s, &loc->stack_size))
	return -1;
      return *s ? -1 : 0;
    }
  if (s[0] == 'm' && s[1] == ':')
    {
      s += 2;
      loc->kind = LN_PLACE_MEMORY;
      loc->npieces = 1;
      loc->pieces[0].size = 8;
      if (parse_reg (&s, &loc->pieces[0].reg) || ln_reg_is_sse (loc->pieces[0].reg))
	return -1;
      return *s ? -1 : 0;
    }
  loc->kind = LN_PLACE_REGS;
  for (;;)
    {
      struct ln_piece *p;
      if (loc->npieces == LN_MAX_PIECES)
	return -1;
      p = &loc->pieces[loc->npieces++];
      if (parse_reg (&s, &p->reg) || *s++ != '@' || parse_uint (&s, &p->offset)
	  || *s++ != ':' || parse_uint (&s, &p->size) || p->size == 0
	  || p->size > 16)
	return -1;
      if (!*s)
	return 0;
      if (*s++ != ',')
	return -1;
    }
}
