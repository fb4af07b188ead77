// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Package bind is written by linkname-go at test time from ../c/scen.c
// (testsuite/goscen/run.sh).
package bind
