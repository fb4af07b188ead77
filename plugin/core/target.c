/* target.c - target-name checks and gccgo's encoding.

   GCC writes a renamed symbol verbatim into the assembly.  GNU as takes an
   unquoted name made of letters, digits, '_', '.', '$' and bytes >= 0x80,
   not starting with a digit or '$'; anything else ends in an assembler
   error, which the brief forbids, so it is caught here first.  */
#include "linkname/target.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static bool
is_alpha (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit (unsigned char c)
{
  return c >= '0' && c <= '9';
}

static bool
symbol_char (unsigned char c)
{
  return is_alpha (c) || is_digit (c) || c == '_' || c == '.' || c == '$'
	 || c >= 0x80;
}

/* TARGET for a message: control bytes as escapes, so that a diagnostic
   stays on one line; long names cut short.  */
static const char *
printable (const char *target, char *buf, size_t buflen)
{
  /* BUFLEN >= 8: room for one escape, "..." and the NUL.  */
  size_t pos = 0;
  const unsigned char *s = (const unsigned char *) target;
  for (; *s && pos + 8 < buflen; s++)
    if (*s >= 0x20 && *s != 0x7f)
      buf[pos++] = (char) *s;
    else
      pos += (size_t) snprintf (buf + pos, buflen - pos, "\\x%02x", *s);
  if (*s)
    {
      memcpy (buf + pos, "...", 3);
      pos += 3;
    }
  buf[pos] = '\0';
  return buf;
}

int
ln_target_check (const char *target, char *why, size_t whylen)
{
  const unsigned char *s = (const unsigned char *) target;
  char shown[160];
  if (*s == '\0')
    {
      snprintf (why, whylen, "the linkname target is empty");
      return 1;
    }
  /* Names the assembler takes but gives another meaning: '.' is the
     location counter ('call .' calls itself), and '.L' starts the local
     labels GCC makes for itself (.L2, .LC0, .LFB0), so a symbol of that
     name is defined twice or never global.  */
  if (strcmp (target, ".") == 0 || strncmp (target, ".L", 2) == 0)
    {
      snprintf (why, whylen,
		"linkname target '%s' cannot be used as a symbol: %s",
		printable (target, shown, sizeof shown),
		target[1] ? "names starting with '.L' are the compiler's "
			    "local labels"
			  : "'.' is the assembler's location counter");
      return 1;
    }
  for (size_t i = 0; s[i]; i++)
    {
      if (symbol_char (s[i]) && !(i == 0 && (is_digit (s[i]) || s[i] == '$')))
	continue;
      char suggestion[512], bad[16];
      size_t need = ln_gccgo_mangle (target, suggestion, sizeof suggestion);
      const char *what = i == 0 ? "cannot start a symbol name"
				: "is not allowed in a symbol name";
      char one[2] = { (char) s[i], '\0' };
      printable (one, bad, sizeof bad);
      printable (target, shown, sizeof shown);
      if (need < sizeof suggestion && strcmp (suggestion, target) != 0
	  && ln_target_check (suggestion, NULL, 0) == 0)
	snprintf (why, whylen,
		  "linkname target '%s' cannot be used as an assembler "
		  "symbol: '%s' %s; write it in gccgo's encoding, '%s'",
		  shown, bad, what, suggestion);
      else
	snprintf (why, whylen,
		  "linkname target '%s' cannot be used as an assembler "
		  "symbol: '%s' %s; use letters, digits, '_', '.' and '$'",
		  shown, bad, what);
      return 1;
    }
  return 0;
}

/* Append C to OUT at *POS when it fits; always advance *POS.  */
static void
put (char *out, size_t outlen, size_t *pos, char c)
{
  if (*pos + 1 < outlen)
    out[*pos] = c;
  ++*pos;
}

static void
put_str (char *out, size_t outlen, size_t *pos, const char *s)
{
  while (*s)
    put (out, outlen, pos, *s++);
}

static size_t
encode (const char *in, size_t inlen, char *out, size_t outlen, size_t pos)
{
  static const char specials[] = "./*,{}[]()\" ;";
  static const char codes[] = "0123456789abc";
  for (size_t i = 0; i < inlen; i++)
    {
      unsigned char c = (unsigned char) in[i];
      const char *sp = c ? strchr (specials, c) : NULL;
      char buf[8];
      if ((is_alpha (c) || is_digit (c)) && !(i == 0 && is_digit (c)))
	put (out, outlen, &pos, (char) c);
      else if (c == '_')
	put_str (out, outlen, &pos, "__");
      else if (sp)
	{
	  put (out, outlen, &pos, '_');
	  put (out, outlen, &pos, codes[sp - specials]);
	}
      else
	{
	  /* gccgo writes non-ASCII runes as _uNNNN; bytes are close enough
	     for a suggestion, and the gccgo issue owns the exact rune form.  */
	  snprintf (buf, sizeof buf, "_x%02x", c);
	  put_str (out, outlen, &pos, buf);
	}
    }
  return pos;
}

static size_t
finish (char *out, size_t outlen, size_t pos)
{
  if (outlen)
    out[pos < outlen ? pos : outlen - 1] = '\0';
  return pos;
}

size_t
ln_gccgo_encode_component (const char *in, size_t inlen, char *out,
			   size_t outlen)
{
  return finish (out, outlen, encode (in, inlen, out, outlen, 0));
}

size_t
ln_gccgo_mangle (const char *goname, char *out, size_t outlen)
{
  /* The package path runs to the first '.' after the last '/'.  */
  const char *slash = strrchr (goname, '/');
  const char *dot = strchr (slash ? slash : goname, '.');
  size_t pos = 0;
  if (!dot)
    return finish (out, outlen,
		   encode (goname, strlen (goname), out, outlen, 0));
  pos = encode (goname, (size_t) (dot - goname), out, outlen, pos);
  /* Name, or Type.Method: each component encoded, joined by dots.  */
  for (const char *p = dot + 1;;)
    {
      put (out, outlen, &pos, '.');
      const char *next = strchr (p, '.');
      size_t n = next ? (size_t) (next - p) : strlen (p);
      pos = encode (p, n, out, outlen, pos);
      if (!next)
	break;
      p = next + 1;
    }
  return finish (out, outlen, pos);
}
