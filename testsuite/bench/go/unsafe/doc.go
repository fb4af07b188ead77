// Package unsafe: Add through stubs that run C on the goroutine's stack.
package unsafe
