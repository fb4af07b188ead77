/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* elfnote.h - find the plugin's notes (non-allocated SHT_NOTE sections,
   gonote.h and report.h) in what a build produces: relocatable objects,
   linked programs and shared libraries (ld keeps non-allocated sections
   and concatenates those of one name), and ar archives of objects.
   ELF32 and ELF64, either byte order; no libelf.  */
#ifndef LINKNAME_ELFNOTE_H
#define LINKNAME_ELFNOTE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Called for each matching note: MEMBER is the archive member's name
   ("" outside an archive), DESC its descriptor (DESCSZ bytes).  Nonzero
   stops the walk and is returned.  */
typedef int (*ln_elfnote_fn) (void *arg, const char *member,
			      const char *desc, size_t descsz);

struct ln_elfnote_query
{
  const char *section; /* section name */
  const char *owner;   /* note name, e.g. "linkname" */
  unsigned type;       /* note type */
  ln_elfnote_fn fn;
  void *arg;
  /* Out: objects seen, and those with LTO sections but no such note
     (their notes appear only once they are linked).  */
  unsigned objects, lto_without_notes;
};

/* Walk IMG (LEN bytes).  0; or what FN returned; or -1 with the reason
   in ERR (not ELF nor an archive, a malformed one, a thin archive).  */
int ln_elfnote_walk (const char *img, size_t len, struct ln_elfnote_query *q,
		     char *err, size_t errlen);

/* The whole file PATH (malloc'd; *LEN its size), or NULL with errno
   set.  */
char *ln_elfnote_read_file (const char *path, size_t *len);

#ifdef __cplusplus
}
#endif

#endif
