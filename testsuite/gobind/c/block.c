/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   C functions for the call classes' stubs (check/class_test.go): one
   that blocks, one whose errno the Go side returns (-errno SetErrno),
   and faults in each class.  */
#include <errno.h>
#include <unistd.h>

/* Blocks in read(2): class block, so the P must be handed off.  */
static long
read_byte (int fd)
{
  unsigned char c;
  return read (fd, &c, 1) == 1 ? c : -1;
}
#pragma linkname read_byte bind.ReadByte

static int
set_errno (int e)
{
  errno = e;
  return -1;
}
#pragma linkname set_errno bind.SetErrno

/* Faults with P null: bounded (no calls).  */
static int
deref (volatile int *p)
{
  return *p;
}
#pragma linkname deref bind.Deref

/* The same as a leaf (a VLA leaves the stack unbounded; the plugin
   makes that block, the override a leaf).  */
static int
deref_leaf (volatile int *p, int n)
{
  volatile char pad[n];
  pad[0] = 1;
  return *p + pad[0];
}
#pragma linkname deref_leaf bind.DerefLeaf
#pragma linkname_call deref_leaf leaf

/* The same as block: it may call write(2).  */
static int
deref_block (volatile int *p)
{
  if (!p)
    (void) write (2, "", 0);
  return *p;
}
#pragma linkname deref_block bind.DerefBlock

/* Byte buffers and their sizes: a []byte, a string, a []byte C writes
   (check/class_test.go TestBuffers).  */
#include <stddef.h>
static unsigned long
sum_bytes (const void *p, size_t n)
{
  const unsigned char *q = p;
  unsigned long s = 0;
  for (size_t i = 0; i < n; i++)
    s = s * 31 + q[i];
  return s;
}
#pragma linkname sum_bytes bind.SumBytes

static unsigned long
sum_string (int k, const char *p, size_t n)
{
  unsigned long s = (unsigned long) k;
  for (size_t i = 0; i < n; i++)
    s = s * 31 + (unsigned char) p[i];
  return s;
}
#pragma linkname sum_string bind.SumString

static long
fill_buf (char *buf, size_t n)
{
  long r = read (-1, buf, 0); /* may block: class block */
  for (size_t i = 0; i < n; i++)
    buf[i] = (char) ('a' + i % 26);
  return r + (long) n;
}
#pragma linkname fill_buf bind.FillBuf

/* Parameters named as the Go wrappers' own locals (frame, err, e), as
   Go's predeclared names and as a Go type: linkname-go renames them, and
   each value still reaches its place (check/names_test.go TestNames).  */
struct names_pt
{
  long x, y;
};

static long
names_block (long frame, long err, long e, long len, long int64,
	     long uintptr, struct names_pt NamesPt)
{
  long r = read (-1, 0, 0); /* may block: class block */
  return r + 1 + frame + 2 * err + 3 * e + 4 * len + 5 * int64 + 6 * uintptr
	 + 7 * NamesPt.x + 8 * NamesPt.y;
}
#pragma linkname names_block bind.NamesBlock

/* -errno NamesErrno: a wrapper with err and e of its own.  */
static int
names_errno (const char *string, size_t len, int err, int e)
{
  errno = e;
  return (int) len + err + (string[0] == 'x');
}
#pragma linkname names_errno bind.NamesErrno

/* Bounded, with a byte buffer: through linknameE_NamesBytes.  */
static long
names_bytes (const void *len, size_t uintptr, long string, long linknameE_NamesBytes)
{
  return (long) uintptr + 2 * string + 3 * linknameE_NamesBytes
	 + 100 * ((const unsigned char *) len)[0];
}
#pragma linkname names_bytes bind.NamesBytes
