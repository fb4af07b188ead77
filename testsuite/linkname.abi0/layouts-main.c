/* SPDX-License-Identifier: GPL-3.0-or-later
   Copyright (C) 2026 The linkname authors

   Layouts GCC classifies otherwise than a reading of the psABI would
   (issue 17): GNU zero-length arrays in the middle of an eightbyte make
   it INTEGER in GCC 11 and 12; a zero-width bit-field between two floats
   is INTEGER in GCC 11 only (GCC 12.1 changed it).  The thunks ask GCC,
   so every way of calling agrees: directly, through SYM.abi0 from an
   ABI0 frame, and C -> SYM..sysv -> ABI0 assembly -> SYM.abi0 -> C.  */
/* { dg-do run } */
/* { dg-additional-sources "abi0-call.S" } */
/* { dg-options "-Wno-psabi" } */
#include "abi0-harness.h"

struct zf { float f, g, h; char data[0]; };
struct dz { double d; float f; char data[0]; };
struct fzf { float a; struct { int x; } z[0]; float b; };
struct fb { float a; int : 0; float b; };
struct e { };
struct ez { struct e e; float a; char c[0]; float b; };

/* Each function F is defined in C (F.abi0 its thunk) and called back
   through G, ABI0 assembly that jumps to F.abi0, declared 'def ABI0' so
   that C calls G through G..sysv.  */
#define ROUND_TRIP(ret, f, g, params)                                     \
  extern ret g params;                                                    \
  __asm__ ("\t.text\n\t.globl\tlay." #g "\nlay." #g ":\n"                 \
	   "\tcall\tabi0_clobber_saved\n"                                  \
	   "\tjmp\tlay." #f ".abi0\n");                                    \
  ABI0_THUNK (t_##f, "lay." #f ".abi0")

static struct zf
f_zf (struct zf a, int k, struct zf b)
{
  struct zf r = { a.f + b.h, a.g * k, a.h - b.f };
  return r;
}
#pragma linkname f_zf lay.f_zf
ROUND_TRIP (struct zf, f_zf, g_zf, (struct zf, int, struct zf));
#pragma linkname g_zf lay.g_zf
#pragma linkname_symabis def lay.g_zf ABI0

static struct dz
f_dz (struct dz a, struct dz b)
{
  struct dz r = { a.d + b.f, a.f * b.d };
  return r;
}
#pragma linkname f_dz lay.f_dz
ROUND_TRIP (struct dz, f_dz, g_dz, (struct dz, struct dz));
#pragma linkname g_dz lay.g_dz
#pragma linkname_symabis def lay.g_dz ABI0

static struct fzf
f_fzf (struct fzf a, double x)
{
  struct fzf r = { .a = a.b + (float) x, .b = a.a - (float) x };
  return r;
}
#pragma linkname f_fzf lay.f_fzf
ROUND_TRIP (struct fzf, f_fzf, g_fzf, (struct fzf, double));
#pragma linkname g_fzf lay.g_fzf
#pragma linkname_symabis def lay.g_fzf ABI0

static struct fb
f_fb (float x, struct fb a, long k)
{
  struct fb r = { a.b * x + k, a.a - x };
  return r;
}
#pragma linkname f_fb lay.f_fb
ROUND_TRIP (struct fb, f_fb, g_fb, (float, struct fb, long));
#pragma linkname g_fb lay.g_fb
#pragma linkname_symabis def lay.g_fb ABI0

static struct ez
f_ez (struct e e0, struct ez a, struct e e1, float x)
{
  (void) e0;
  (void) e1;
  struct ez r = { { }, a.b + x, { }, a.a * x };
  return r;
}
#pragma linkname f_ez lay.f_ez
ROUND_TRIP (struct ez, f_ez, g_ez, (struct e, struct ez, struct e, float));
#pragma linkname g_ez lay.g_ez
#pragma linkname_symabis def lay.g_ez ABI0

#define SAME(a, b) (memcmp (&(a), &(b), sizeof (a)) == 0)

int
main (void)
{
  for (int mis = 0; mis < 2; mis++)
    {
      struct zf za = { 1, 2, 3 }, zb = { 10, 20, 30 };
      struct zf zw = f_zf (za, 7, zb), zg = g_zf (za, 7, zb);
      struct frame f = { { 0 }, 0 };
      ARG (&f, za);
      ARG (&f, 7);
      ARG (&f, zb);
      struct zf zt;
      memcpy (&zt, frame_call (t_f_zf, &f, sizeof zt, mis), sizeof zt);
      EXPECT (zw.f == 31 && zw.g == 14 && zw.h == -7, "f_zf direct");
      EXPECT (SAME (zt, zw), "f_zf.abi0");
      EXPECT (SAME (zg, zw), "g_zf..sysv round trip");

      struct dz da = { 1.5, 2.5f }, db = { 4, 8 };
      struct dz dw = f_dz (da, db), dg = g_dz (da, db);
      f = (struct frame) { { 0 }, 0 };
      ARG (&f, da);
      ARG (&f, db);
      struct dz dt;
      memcpy (&dt, frame_call (t_f_dz, &f, sizeof dt, mis), sizeof dt);
      EXPECT (dw.d == 9.5 && dw.f == 10, "f_dz direct");
      EXPECT (dt.d == dw.d && dt.f == dw.f, "f_dz.abi0");
      EXPECT (dg.d == dw.d && dg.f == dw.f, "g_dz..sysv round trip");

      struct fzf fa = { .a = 1, .b = 2 };
      struct fzf fw = f_fzf (fa, 0.5), fg = g_fzf (fa, 0.5);
      f = (struct frame) { { 0 }, 0 };
      ARG (&f, fa);
      ARG (&f, 0.5);
      struct fzf ft;
      memcpy (&ft, frame_call (t_f_fzf, &f, sizeof ft, mis), sizeof ft);
      EXPECT (fw.a == 2.5 && fw.b == 0.5, "f_fzf direct");
      EXPECT (SAME (ft, fw), "f_fzf.abi0");
      EXPECT (SAME (fg, fw), "g_fzf..sysv round trip");

      struct fb ba = { 3, 5 };
      struct fb bw = f_fb (2, ba, 100), bg = g_fb (2, ba, 100);
      f = (struct frame) { { 0 }, 0 };
      ARG (&f, 2.0f);
      ARG (&f, ba);
      ARG (&f, 100L);
      struct fb bt;
      memcpy (&bt, frame_call (t_f_fb, &f, sizeof bt, mis), sizeof bt);
      EXPECT (bw.a == 110 && bw.b == 1, "f_fb direct");
      EXPECT (SAME (bt, bw), "f_fb.abi0");
      EXPECT (SAME (bg, bw), "g_fb..sysv round trip");

      struct e e = { };
      struct ez ea = { { }, 3, { }, 4 };
      struct ez ew = f_ez (e, ea, e, 2), eg = g_ez (e, ea, e, 2);
      f = (struct frame) { { 0 }, 0 };
      ARG (&f, e);
      ARG (&f, ea);
      ARG (&f, e);
      ARG (&f, 2.0f);
      struct ez et;
      memcpy (&et, frame_call (t_f_ez, &f, sizeof et, mis), sizeof et);
      EXPECT (ew.a == 6 && ew.b == 6, "f_ez direct");
      EXPECT (SAME (et, ew), "f_ez.abi0");
      EXPECT (SAME (eg, ew), "g_ez..sysv round trip");
    }
  if (failures)
    return 1;
  puts ("layouts ok");
  return 0;
}
/* { dg-output "layouts ok" } */
