// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors

// Command nocgo uses a binding and nothing else: built with
// CGO_ENABLED=0 or for GOARCH=arm64 it must fail with a reason.
package main

import (
	"fmt"

	"linkname.test/goscen/bind"
)

func main() { fmt.Println(bind.Add(2, 40)) }
