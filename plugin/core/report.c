/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* report.c - the report file: collect a unit's lines, then append them
   with O_APPEND in a single write() while holding a POSIX write lock, so
   that parallel compilers (make -j) never interleave or tear lines.  */
#include "linkname/report.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ln_report
{
  char *buf;
  size_t len, cap;
};

struct ln_report *
ln_report_new (void)
{
  return calloc (1, sizeof (struct ln_report));
}

void
ln_report_free (struct ln_report *r)
{
  if (r)
    free (r->buf);
  free (r);
}

static int
reserve (struct ln_report *r, size_t more)
{
  if (r->len + more + 1 <= r->cap)
    return 0;
  size_t cap = r->cap ? r->cap : 256;
  while (cap < r->len + more + 1)
    cap *= 2;
  char *b = realloc (r->buf, cap);
  if (!b)
    return 1;
  r->buf = b;
  r->cap = cap;
  return 0;
}

static int
add_char (struct ln_report *r, char c)
{
  if (reserve (r, 1))
    return 1;
  r->buf[r->len++] = c;
  r->buf[r->len] = '\0';
  return 0;
}

/* A field, escaped so that it holds no tab or newline; then SEP.  */
static int
add_field (struct ln_report *r, const char *s, char sep)
{
  int bad = 0;
  for (; s && *s; s++)
    {
      const char *esc = *s == '\\' ? "\\\\"
			: *s == '\t' ? "\\t"
			: *s == '\n' ? "\\n"
				     : NULL;
      if (esc)
	bad |= add_char (r, esc[0]) | add_char (r, esc[1]);
      else
	bad |= add_char (r, *s);
    }
  return bad | add_char (r, sep);
}

int
ln_report_add (struct ln_report *r, const struct ln_report_line *l)
{
  char pos[32];
  snprintf (pos, sizeof pos, ":%u:%u", l->line, l->column);
  return add_field (r, l->local, '\t') | add_field (r, l->symbol, '\t')
	 | add_field (r, l->is_function ? "function" : "variable", '\t')
	 | add_field (r, l->role, '\t')
	 | add_field (r, l->thunk ? "yes" : "no", '\t')
	 | (l->file ? add_field (r, l->file, ':') : add_field (r, "-", ':'))
	 | add_field (r, pos + 1, '\n');
}

const char *
ln_report_text (const struct ln_report *r, size_t *len)
{
  *len = r->len;
  return r->buf ? r->buf : "";
}

int
ln_report_append (const struct ln_report *r, const char *path, char *why,
		  size_t whylen)
{
  if (r->len == 0)
    return 0;
  int fd = open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      snprintf (why, whylen, "cannot open '%s': %s", path, strerror (errno));
      return 1;
    }
  /* O_APPEND makes each write land at the end; the lock keeps a unit's
     block whole even where a write may be split (NFS, huge blocks).  */
  struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
  while (fcntl (fd, F_SETLKW, &lk) < 0 && errno == EINTR)
    ;
  int err = 0;
  for (size_t done = 0; done < r->len && !err;)
    {
      ssize_t n = write (fd, r->buf + done, r->len - done);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	err = n < 0 ? errno : EIO;
      else
	done += (size_t) n;
    }
  if (close (fd) != 0 && !err)
    err = errno;
  if (err)
    snprintf (why, whylen, "cannot write '%s': %s", path, strerror (err));
  return err != 0;
}

char *
ln_report_note (const struct ln_report *r, const char *version)
{
  size_t len;
  const char *text = ln_report_text (r, &len);
  char head[128];
  int n = snprintf (head, sizeof head, "linkname-report %d %s\n",
		    LN_REPORT_NOTE_FORMAT, version);
  if (n < 0 || (size_t) n >= sizeof head)
    return NULL;
  char *d = malloc ((size_t) n + len + 1);
  if (d)
    {
      memcpy (d, head, (size_t) n);
      memcpy (d + n, text, len + 1);
    }
  return d;
}

const char *
ln_report_note_lines (const char *desc, size_t len, char *version,
		      size_t versionlen)
{
  static const char magic[] = "linkname-report ";
  if (len == 0 || desc[len - 1] != '\0'
      || strncmp (desc, magic, sizeof magic - 1) != 0)
    return NULL;
  const char *p = desc + sizeof magic - 1, *nl = strchr (p, '\n');
  char *end;
  long format = strtol (p, &end, 10);
  if (!nl || end == p || *end != ' ' || format != LN_REPORT_NOTE_FORMAT)
    return NULL;
  size_t vlen = (size_t) (nl - (end + 1));
  if (vlen == 0 || vlen >= versionlen)
    return NULL;
  memcpy (version, end + 1, vlen);
  version[vlen] = '\0';
  return nl + 1;
}
