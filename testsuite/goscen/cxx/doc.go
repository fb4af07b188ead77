// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Package cxx is written by linkname-go at test time from ../c/cxx.cc
// (testsuite/goscen/run.sh).
package cxx
