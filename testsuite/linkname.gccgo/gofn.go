// Package gofn is imported by main.go under a dotted import path,
// example.com/gofn; C calls Sub by linkname (cside.c).
package gofn

func Sub(a, b int) int { return a - b }

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
