/* licence.h - the copyright and licence lines that --version prints
   (linkname-go, linkname-report, -fplugin-arg-linkname-version), in the
   GNU coding standards' form.
   SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors  */
#ifndef LINKNAME_LICENCE_H
#define LINKNAME_LICENCE_H

#define LN_COPYRIGHT "Copyright (C) 2026 The linkname authors"
#define LN_LICENCE_TEXT                                                   \
  LN_COPYRIGHT "\n"                                                       \
  "License GPLv3+: GNU GPL version 3 or later "                           \
  "<https://gnu.org/licenses/gpl.html>.\n"                                \
  "This is free software: you are free to change and redistribute it.\n" \
  "There is NO WARRANTY, to the extent permitted by law.\n"

#endif
