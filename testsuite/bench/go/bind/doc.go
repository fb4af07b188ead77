// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Package bind: ../c/*.c through linkname-go, written by ../run.sh.
package bind
