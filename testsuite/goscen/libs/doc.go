// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Package libs is written by linkname-go at test time from ../c/libs.c
// with -pkg-config libxxhash,linkname-test (testsuite/goscen/run.sh).
package libs
