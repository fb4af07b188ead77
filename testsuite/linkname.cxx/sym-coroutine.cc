// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
// C++20 coroutines: the user's function (the ramp) is pushed; the .actor
// and .destroy functions GCC makes from it copy its attributes, and stay
// local, with no thunk and no second "both defined" error.
/* { dg-do assemble } */
/* { dg-options "-std=c++20 -fcoroutines -Wall -Wextra" } */
#include <coroutine>
struct task
{
  int id;
  struct promise_type
  {
    task get_return_object () { return { 1 }; }
    std::suspend_never initial_suspend () { return {}; }
    std::suspend_never final_suspend () noexcept { return {}; }
    void return_void () {}
    void unhandled_exception () {}
  };
};
static task f (int) __attribute__ ((linkname ("co.f")));
static task f (int x) { (void) x; co_return; }
extern "C" task g (int) __attribute__ ((linkname));
task g (int x) { (void) x; co_return; }
static task h (int x) { (void) x; co_return; }
#pragma linkname h co.h
/* { dg-final { symbol "co.f" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "g" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { symbol "co.h" FUNC GLOBAL DEFAULT defined } } */
/* { dg-final { no-global-symbol {actor|destroy} } } */
