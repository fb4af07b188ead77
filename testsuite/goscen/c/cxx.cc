// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The linkname authors
// cxx.cc - C++ bound by linkname-go (testsuite/goscen/run.sh): a bounded
// function with its Go entry, and one that needs the C++ runtime
// (operator new, an exception thrown and caught in C++) and libm, which
// only the note's lang line brings into the link.
#include <cmath>
#include <stdexcept>
#include <vector>

static long
add (long a, long b)
{
  return a + b;
}
#pragma linkname add cxx.Add

static double
norm (const double *p, unsigned long n)
{
  std::vector<double> v (p, p + n);
  double s = 0;
  try
    {
      if (v.empty ())
	throw std::invalid_argument ("empty");
      for (double x : v)
	s += x * x;
    }
  catch (const std::invalid_argument &)
    {
      return -1;
    }
  return std::sqrt (s);
}
#pragma linkname norm cxx.Norm
