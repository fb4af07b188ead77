// Package safe: Add through linkname-go's default stubs (system stack).
package safe
