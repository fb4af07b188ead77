// Package bind is written by linkname-go at test time from ../c/*.c
// (testsuite/gobind/run.sh): the Go side of the C functions under test.
package bind

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
