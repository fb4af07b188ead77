package check

import (
	"math/rand"
	"reflect"
)

// iterations: random calls per generated function.
const iterations = 100

// fill sets every settable scalar inside *p at random (floats finite,
// bools 0 or 1); padding fields stay zero.
func fill(r *rand.Rand, p interface{}) { fillValue(r, reflect.ValueOf(p).Elem()) }

func fillValue(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(r.Intn(2) == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(r.Uint64()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(r.Uint64())
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(float32(r.NormFloat64() * 1e6)))
	case reflect.Complex64, reflect.Complex128:
		v.SetComplex(complex(float64(float32(r.NormFloat64())), float64(float32(r.NormFloat64()))))
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fillValue(r, v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() {
				fillValue(r, f)
			}
		}
	}
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
