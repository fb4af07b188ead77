/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The linkname authors */
/* linkname-go - write the Go side of C functions compiled with the
   linkname plugin, so that gc-built Go calls them without cgo's code
   generator, each as its call class allows (gobind.h).  amd64.

     linkname-go [-v] [-cc CC] [-pkg NAME] [-o DIR] [-plugin SO]
		 [-errno FUNC,...] [-ldflags FLAGS] [-pkg-config NAME,...]
		 FILE.c|FILE.o ... [-- CFLAGS...]

   Sources (.c, and C++ as GCC's driver names it: .cc, .cpp, ...) are
   compiled with CC (default gcc), the plugin and -fno-lto; .o files
   must have been compiled with the plugin.  C++ objects get the C++
   runtime at link time (gonote.h's lang line).  Everything the Go
   side needs comes from the notes the plugin put in the objects
   (include/linkname/gonote.h), so an object from ccache or another machine
   gives the same files.  Into DIR (default .) go linkname_*.go and
   linkname_*.s (gobind.h; those of an earlier run not written now are
   removed) and each object as BASE_amd64.syso (an earlier run's for an
   input not given now is removed too), with the bound C symbols
   and every other global symbol the objects define renamed with a key
   of the Go package (its import path, from go.mod), so that two bindings
   of one C file link into one program.  The C code's link flags
   (-ldflags, -pkg-config) go, as cgo directives, into a package of their
   own under DIR (gobind.h, LG_LIBS_DIR), which the binding imports.  On
   any error nothing is written.  */
#define _GNU_SOURCE
#include "linkname/elfnote.h"
#include "gobind.h"
#include "linkname/gonote.h"
#include "linkname/licence.h"
#include "linkname/options.h"

#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *prog = "linkname-go";

/* Temporary objects in DIR, removed however the program ends.  */
static char **temps;
static int ntemps;

static void
remove_temps (void)
{
  for (int i = 0; i < ntemps; i++)
    if (temps[i])
      unlink (temps[i]);
}

static void die (const char *fmt, ...) __attribute__ ((format (printf, 1, 2), noreturn));

static void
die (const char *fmt, ...)
{
  va_list ap;
  fprintf (stderr, "%s: ", prog);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  exit (1);
}

static void
usage (int status)
{
  fprintf (status ? stderr : stdout,
	   "Usage: %s [OPTION]... FILE.c|FILE.cc|FILE.o... [-- CFLAGS...]\n"
	   "Writes DIR/linkname_*.go, DIR/linkname_*.s and "
	   "DIR/BASE_amd64.syso for every C\n"
	   "function defined with a linkname whose target ends in a Go "
	   "identifier\n"
	   "(#pragma linkname add gobind.Add -> func Add), each called as "
	   "its call class\n"
	   "(block, leaf, bounded) allows.  C++ sources (.cc, .cpp, ...) "
	   "compile as\n"
	   "CC's driver compiles them, and link with the C++ runtime.  "
	   "amd64 only.\n"
	   "\n"
	   "  -v                    list each function's class and why\n"
	   "  -cc CC                GCC driver for the sources (default: "
	   "gcc)\n"
	   "  -pkg NAME             Go package (default: that of DIR's Go"
	   " files)\n"
	   "  -o DIR                output directory (default: .)\n"
	   "  -plugin SO            the plugin (default: linkname.so beside"
	   " this program,\n"
	   "                        else -fplugin=linkname, from CC's plugin"
	   " directory)\n"
	   "  -errno FUNC,...       these Go functions also return C's errno"
	   " as an error\n"
	   "                        (syscall.Errno; nil when 0), as cgo's"
	   " two-result calls\n"
	   "  -ldflags FLAGS        link flags of the C code (-lm"
	   " -L/opt/lib): go build\n"
	   "                        links with them, from a #cgo LDFLAGS line"
	   " in package\n"
	   "                        DIR/" LG_LIBS_DIR ", which the binding"
	   " imports\n"
	   "  -pkg-config NAME,...  the C code's libraries by pkg-config"
	   " name: the C is\n"
	   "                        compiled with their cflags (PKG_CONFIG,"
	   " default\n"
	   "                        pkg-config), and go build links with"
	   " their libs (a #cgo\n"
	   "                        pkg-config line in that package)\n"
	   "  -h, --help            print this help and exit\n"
	   "  --version             print the version and licence and exit\n",
	   prog);
  exit (status);
}

/* Run ARGV; its exit status (127 when it cannot be run).  With OUT, its
   standard output goes into *OUT (malloc'd, NUL-terminated).  */
static int
run_out (char *const argv[], char **out)
{
  int fd[2] = { -1, -1 };
  if (out && pipe (fd) != 0)
    return 127;
  pid_t pid = fork ();
  if (pid < 0)
    return 127;
  if (pid == 0)
    {
      if (out)
	{
	  dup2 (fd[1], 1);
	  close (fd[0]);
	  close (fd[1]);
	}
      execvp (argv[0], argv);
      fprintf (stderr, "%s: cannot run %s: %s\n", prog, argv[0],
	       strerror (errno));
      _exit (127);
    }
  if (out)
    {
      close (fd[1]);
      size_t len = 0, cap = 256;
      char *buf = malloc (cap);
      ssize_t got;
      if (!buf)
	exit (2);
      while ((got = read (fd[0], buf + len, cap - len - 1)) != 0)
	{
	  if (got < 0 && errno == EINTR)
	    continue;
	  if (got < 0)
	    break;
	  len += (size_t) got;
	  if (len + 1 == cap && !(buf = realloc (buf, cap *= 2)))
	    exit (2);
	}
      buf[len] = '\0';
      close (fd[0]);
      *out = buf;
    }
  int st;
  while (waitpid (pid, &st, 0) < 0)
    if (errno != EINTR)
      return 127;
  return WIFEXITED (st) ? WEXITSTATUS (st) : 128;
}

static int
run (char *const argv[])
{
  return run_out (argv, NULL);
}

/* How read_notes feeds each note of a file to G.  */
struct note_sink
{
  struct lg_bind *g;
  const char *path;
  int notes;
};

static int
add_note (void *arg, const char *member, const char *desc, size_t descsz)
{
  struct note_sink *k = arg;
  char err[1024];
  (void) member;
  if (descsz == 0 || desc[descsz - 1] != '\0')
    return 0;
  if (lg_add_note (k->g, desc, k->path, err, sizeof err) != 0)
    {
      fprintf (stderr, "%s: %s\n", prog, err);
      return -1;
    }
  k->notes++;
  return 0;
}

/* Feed every linkname note of the ELF object PATH to G; the number of
   notes, or -1 after a message.  Messages, and the notes' origin in
   lg_generate's, name ORIGIN: the input PATH was compiled from.  */
static int
read_notes (struct lg_bind *g, const char *path, const char *origin)
{
  size_t len;
  char *img = ln_elfnote_read_file (path, &len);
  if (!img)
    die ("cannot read %s: %s", origin, strerror (errno));
  Elf64_Ehdr *eh = (Elf64_Ehdr *) img;
  if (len < sizeof *eh || memcmp (eh->e_ident, ELFMAG, SELFMAG) != 0)
    die ("%s is not an ELF object", origin);
  if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_machine != EM_X86_64)
    die ("%s is not an x86-64 object: Go's ABI0 thunks are for amd64 only",
	 origin);
  struct note_sink k = { g, origin, 0 };
  struct ln_elfnote_query q = { LN_GONOTE_SECTION, LN_GONOTE_NAME,
				LN_GONOTE_TYPE, add_note, &k, 0, 0 };
  char err[512] = "";
  int st = ln_elfnote_walk (img, len, &q, err, sizeof err);
  free (img);
  if (st != 0 && err[0])
    die ("%s: %s", origin, err);
  if (st != 0)
    return -1;
  if (q.lto_without_notes)
    die ("%s is an LTO object, whose code and notes are not in its "
	 "sections yet: compile it with -fno-lto (or -ffat-lto-objects)",
	 origin);
  return k.notes;
}

/* The package named by the Go files of DIR (not tests, not ours).  */
static char *
package_of (const char *dir)
{
  DIR *d = opendir (dir);
  if (!d)
    die ("cannot read directory %s: %s", dir, strerror (errno));
  struct dirent *de;
  char *pkg = NULL;
  while (!pkg && (de = readdir (d)))
    {
      size_t n = strlen (de->d_name);
      if (n < 4 || strcmp (de->d_name + n - 3, ".go") != 0
	  || (n > 8 && strcmp (de->d_name + n - 8, "_test.go") == 0)
	  || strcmp (de->d_name, "linkname_amd64.go") == 0)
	continue;
      char path[PATH_MAX];
      snprintf (path, sizeof path, "%s/%s", dir, de->d_name);
      FILE *f = fopen (path, "r");
      if (!f)
	continue;
      char line[1024], name[256];
      int in_comment = 0;
      while (fgets (line, sizeof line, f))
	{
	  char *s = line + strspn (line, " \t");
	  if (in_comment)
	    {
	      if (strstr (s, "*/"))
		in_comment = 0;
	      continue;
	    }
	  if (strncmp (s, "/*", 2) == 0)
	    {
	      in_comment = !strstr (s + 2, "*/");
	      continue;
	    }
	  if (sscanf (s, "package %255[A-Za-z0-9_]", name) == 1)
	    {
	      pkg = strdup (name);
	      break;
	    }
	}
      fclose (f);
    }
  closedir (d);
  if (!pkg)
    die ("no Go package in %s: give its name with -pkg", dir);
  return pkg;
}

static void
write_file (const char *dir, const char *name, const char *text)
{
  char path[PATH_MAX], tmp[PATH_MAX + 8];
  snprintf (path, sizeof path, "%s/%s", dir, name);
  /* NAME's directories under DIR (LG_LIBS_DIR).  */
  for (char *s = path + strlen (dir) + 1; (s = strchr (s, '/')); s++)
    {
      *s = '\0';
      if (mkdir (path, 0777) != 0 && errno != EEXIST)
	die ("cannot make %s: %s", path, strerror (errno));
      *s = '/';
    }
  snprintf (tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen (tmp, "w");
  if (!f || fputs (text, f) < 0 || fclose (f) != 0 || rename (tmp, path))
    die ("cannot write %s: %s", path, strerror (errno));
}

/* The plugin: linkname.so beside this program, else the installed one
   (-fplugin=linkname finds it in GCC's plugin directory).  */
static char *
default_plugin (void)
{
  char self[PATH_MAX];
  ssize_t n = readlink ("/proc/self/exe", self, sizeof self - 1);
  if (n > 0)
    {
      self[n] = '\0';
      char *slash = strrchr (self, '/');
      if (slash)
	{
	  snprintf (slash + 1, sizeof self - (size_t) (slash + 1 - self),
		    "linkname.so");
	  if (access (self, R_OK) == 0)
	    return strdup (self);
	}
    }
  return strdup ("linkname");
}

/* PATH exists and starts as an ELF file does.  */
static int
elf_file_p (const char *path)
{
  unsigned char magic[SELFMAG];
  FILE *f = fopen (path, "rb");
  if (!f)
    return 0;
  size_t got = fread (magic, 1, sizeof magic, f);
  fclose (f);
  return got == sizeof magic && memcmp (magic, ELFMAG, SELFMAG) == 0;
}

/* The base of the .syso for PATH: its name without the suffix, made one
   go build takes for linux/amd64.  Go ignores a file whose name begins
   with '_' or '.': a 'c' goes before it.  Go reads BASE_GOOS_amd64.syso
   as GOOS's file only (x_darwin.c): a "_c" goes after such a GOOS
   (Go 1.27's list, go/build/syslist.go).  Either way the .syso would
   silently not be linked.  */
static char *
base_of (const char *path)
{
  static const char *const other_os[]
    = { "aix",	 "android", "darwin",	"dragonfly", "freebsd", "hurd",
	"illumos", "ios",   "js",	"nacl",	     "netbsd",	"openbsd",
	"plan9", "solaris", "wasip1", "windows",   "zos",	NULL };
  const char *s = strrchr (path, '/');
  s = s ? s + 1 : path;
  const char *dot = strrchr (s, '.');
  int n = (int) (dot && dot != s ? (size_t) (dot - s) : strlen (s));
  const char *us = memrchr (s, '_', (size_t) n);
  int os = 0;
  for (int i = 0; us && other_os[i] && !os; i++)
    os = (int) strlen (other_os[i]) == n - (int) (us + 1 - s)
	 && strncmp (us + 1, other_os[i], strlen (other_os[i])) == 0;
  char *base;
  if (asprintf (&base, "%s%.*s%s", *s == '_' || *s == '.' ? "c" : "", n, s,
		os ? "_c" : "")
      < 0)
    exit (2);
  return base;
}

/* DIR's Go import path, from the go.mod above it; NULL without one.  */
static char *
import_path (const char *dir)
{
  char *abs = realpath (dir, NULL);
  if (!abs)
    die ("cannot resolve %s: %s", dir, strerror (errno));
  char *path = NULL;
  size_t n = strlen (abs);
  for (;;)
    {
      char mod[PATH_MAX + 8];
      snprintf (mod, sizeof mod, "%.*s/go.mod", (int) n, abs);
      FILE *f = fopen (mod, "r");
      if (f)
	{
	  char line[1024], name[1024];
	  while (!path && fgets (line, sizeof line, f))
	    {
	      const char *q = line + strspn (line, " \t");
	      if (strncmp (q, "module", 6) != 0 || !strchr (" \t", q[6]))
		continue;
	      q += 6 + strspn (q + 6, " \t\"");
	      size_t k = strcspn (q, " \t\r\n\"");
	      if (!k || k >= sizeof name)
		continue;
	      memcpy (name, q, k);
	      name[k] = '\0';
	      if (asprintf (&path, "%s%s", name, abs + n) < 0)
		exit (2);
	    }
	  fclose (f);
	  if (path)
	    break;
	}
      char *slash = n ? memrchr (abs, '/', n) : NULL;
      if (!slash || slash == abs)
	break;
      n = (size_t) (slash - abs);
    }
  free (abs);
  return path;
}

/* A short hash of the Go package DIR is, for symbol names: of its import
   path, else of its absolute path.  */
static char *
package_key (const char *dir)
{
  char *path = import_path (dir);
  if (!path && !(path = realpath (dir, NULL)))
    die ("cannot resolve %s: %s", dir, strerror (errno));
  /* FNV-1a, 64 bits.  */
  unsigned long long h = 0xcbf29ce484222325ULL;
  for (const char *p = path; *p; p++)
    h = (h ^ (unsigned char) *p) * 0x100000001b3ULL;
  char *key;
  if (asprintf (&key, "p%016llx", h) < 0)
    exit (2);
  free (path);
  return key;
}

/* Call FN (ARG, SYM, NAME) for every global or weak symbol the ELF
   object IMG (LEN bytes, read from PATH) defines.  */
static void
each_defined_global (const char *path, char *img, size_t len,
		     void (*fn) (void *, Elf64_Sym *, const char *), void *arg)
{
  Elf64_Ehdr *eh = (Elf64_Ehdr *) img;
  if (len < sizeof *eh || eh->e_shoff == 0
      || eh->e_shoff + (size_t) eh->e_shnum * sizeof (Elf64_Shdr) > len)
    die ("%s: no section headers", path);
  Elf64_Shdr *sh = (Elf64_Shdr *) (img + eh->e_shoff);
  for (unsigned i = 0; i < eh->e_shnum; i++)
    {
      if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
	continue;
      Elf64_Shdr *str = &sh[sh[i].sh_link];
      if (sh[i].sh_offset + sh[i].sh_size > len
	  || str->sh_offset + str->sh_size > len || !sh[i].sh_entsize)
	die ("%s: a broken symbol table", path);
      Elf64_Sym *sym = (Elf64_Sym *) (img + sh[i].sh_offset);
      size_t count = sh[i].sh_size / sh[i].sh_entsize;
      for (size_t k = 1; k < count; k++)
	{
	  int bind = ELF64_ST_BIND (sym[k].st_info);
	  int type = ELF64_ST_TYPE (sym[k].st_info);
	  if ((bind != STB_GLOBAL && bind != STB_WEAK)
	      || sym[k].st_shndx == SHN_UNDEF || type == STT_FILE
	      || type == STT_SECTION || sym[k].st_name >= str->sh_size)
	    continue;
	  const char *name = img + str->sh_offset + sym[k].st_name;
	  if (!*name || memchr (name, '\0', str->sh_size - sym[k].st_name)
			  == NULL)
	    continue;
	  fn (arg, &sym[k], name);
	}
    }
}

struct name_list
{
  char ***names;
  size_t *n;
};

static void
add_name (void *arg, Elf64_Sym *sym, const char *name)
{
  struct name_list *l = arg;
  (void) sym;
  for (size_t j = 0; j < *l->n; j++)
    if (strcmp ((*l->names)[j], name) == 0)
      return;
  *l->names = realloc (*l->names, (*l->n + 1) * sizeof (char *));
  if (!*l->names)
    exit (2);
  (*l->names)[(*l->n)++] = strdup (name);
}

/* Every global or weak symbol the ELF object PATH defines, added to
   *NAMES (*N of them) unless there already.  */
static void
defined_globals (const char *path, char ***names, size_t *n)
{
  size_t len;
  char *img = ln_elfnote_read_file (path, &len);
  if (!img)
    die ("cannot read %s: %s", path, strerror (errno));
  struct name_list l = { names, n };
  each_defined_global (path, img, len, add_name, &l);
  free (img);
}

static void
hide (void *arg, Elf64_Sym *sym, const char *name)
{
  (void) arg;
  (void) name;
  if (ELF64_ST_VISIBILITY (sym->st_other) == STV_DEFAULT)
    sym->st_other = (unsigned char) ((sym->st_other & ~3u) | STV_HIDDEN);
}

/* Give every global symbol the .syso PATH defines hidden visibility, as
   -fvisibility=hidden would: only the Go code linked with it calls them,
   by their keyed names.  Default visibility made a Go plugin's link
   fail (-buildmode=plugin: the stubs' PC-relative calls cannot reach a
   symbol a shared object exports) and a c-shared library export them.
   0, or -1 after a message.  */
static int
hide_defined_globals (const char *path)
{
  size_t len;
  char *img = ln_elfnote_read_file (path, &len);
  if (!img)
    die ("cannot read %s: %s", path, strerror (errno));
  each_defined_global (path, img, len, hide, NULL);
  FILE *f = fopen (path, "r+b");
  int ok = f && fwrite (img, 1, len, f) == len;
  if (f && fclose (f) != 0)
    ok = 0;
  free (img);
  if (!ok)
    fprintf (stderr, "%s: cannot write %s: %s\n", prog, path,
	     strerror (errno));
  return ok ? 0 : -1;
}

/* Compile the errno helpers the trampolines of -errno functions call
   (gobind.c put_trampoline) into OBJ.  */
static int
compile_errno_helpers (const char *cc, const char *dir, const char *key,
		       const char *obj)
{
  char *src;
  if (asprintf (&src, "%s/.linkname-errno.c", dir) < 0)
    exit (2);
  temps[ntemps++] = src;
  FILE *f = fopen (src, "w");
  if (!f)
    die ("cannot write %s: %s", src, strerror (errno));
  fprintf (f,
	   "#include <errno.h>\n"
	   "int linkname_errno_get (void) __asm__ (\"linkname_errno_get.%s\");\n"
	   "void linkname_errno_clear (void) __asm__ "
	   "(\"linkname_errno_clear.%s\");\n"
	   "int linkname_errno_get (void) { return errno; }\n"
	   "void linkname_errno_clear (void) { errno = 0; }\n",
	   key, key);
  if (fclose (f) != 0)
    die ("cannot write %s: %s", src, strerror (errno));
  char *cmd[] = { (char *) cc, (char *) "-O2", (char *) "-fno-lto",
		  (char *) "-c", src, (char *) "-o", (char *) obj, NULL };
  return run (cmd);
}

/* Append the items of LIST, separated by any of SEPS, to the
   NULL-terminated *ITEMS (*N of them); they stay for the program's run.  */
static void
add_items (const char ***items, size_t *n, const char *list,
	   const char *seps)
{
  char *copy = strdup (list);
  for (char *t = strtok (copy, seps); t; t = strtok (NULL, seps))
    {
      *items = realloc (*items, (*n + 2) * sizeof (char *));
      if (!*items)
	exit (2);
      (*items)[(*n)++] = t;
      (*items)[*n] = NULL;
    }
}

/* Remove DIR/NAME if an earlier run of ours wrote it.  */
static void
remove_stale (const char *dir, const char *name)
{
  char path[PATH_MAX], head[64] = "";
  snprintf (path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen (path, "r");
  if (!f)
    return;
  size_t got = fread (head, 1, sizeof head - 1, f);
  head[got] = '\0';
  fclose (f);
  if (strncmp (head, "// Code generated by linkname-go", 32) == 0)
    unlink (path);
}

static int
count_note (void *arg, const char *member, const char *desc, size_t descsz)
{
  (void) member;
  (void) desc;
  (void) descsz;
  ++*(int *) arg;
  return 0;
}

/* Remove every DIR/BASE_amd64.syso an earlier run wrote that this one
   did not (an input dropped, renamed or merged into another): its
   symbols would meet the new ones at link time ("multiple definition").
   Ours are the ones with a Go note; a .syso of the user's has none.
   WRITTEN: the N paths this run wrote.  */
static void
remove_stale_sysos (const char *dir, char *const *written, int n)
{
  DIR *d = opendir (dir);
  if (!d)
    return;
  static const char tail[] = "_amd64.syso";
  size_t tl = sizeof tail - 1;
  for (struct dirent *e; (e = readdir (d));)
    {
      size_t l = strlen (e->d_name);
      if (l <= tl || strcmp (e->d_name + l - tl, tail) != 0
	  || strcmp (e->d_name, "linkname_errno_amd64.syso") == 0)
	continue;
      char path[PATH_MAX];
      snprintf (path, sizeof path, "%s/%s", dir, e->d_name);
      int now = 0;
      for (int i = 0; i < n && !now; i++)
	now = strcmp (written[i], path) == 0;
      size_t len;
      char *img = now ? NULL : ln_elfnote_read_file (path, &len);
      if (!img)
	continue;
      int notes = 0;
      struct ln_elfnote_query q = { LN_GONOTE_SECTION, LN_GONOTE_NAME,
				    LN_GONOTE_TYPE, count_note, &notes,
				    0, 0 };
      char err[256];
      if (ln_elfnote_walk (img, len, &q, err, sizeof err) == 0 && notes)
	unlink (path);
      free (img);
    }
  closedir (d);
}

/* Warn of each C, C++ or Objective-C source in DIR that go build would
   refuse ("C source files not allowed when not using cgo"): the binding
   is no cgo package (Go assembly and cgo do not mix).  A file with a
   //go:build line the user has constrained already.  */
static void
warn_c_sources (const char *dir)
{
  DIR *d = opendir (dir);
  if (!d)
    return;
  static const char *const exts[] = { ".c", ".cc", ".cpp", ".cxx", ".m",
				      NULL };
  for (struct dirent *e; (e = readdir (d));)
    {
      const char *dot = strrchr (e->d_name, '.');
      int src = 0;
      for (int i = 0; dot && exts[i] && !src; i++)
	src = strcmp (dot, exts[i]) == 0;
      if (!src || e->d_name[0] == '.' || e->d_name[0] == '_')
	continue;
      char path[PATH_MAX], line[512];
      snprintf (path, sizeof path, "%s/%s", dir, e->d_name);
      FILE *f = fopen (path, "r");
      if (!f)
	continue;
      int constrained = 0;
      for (int n = 0; n < 50 && !constrained && fgets (line, sizeof line, f);
	   n++)
	constrained = strncmp (line, "//go:build ", 11) == 0;
      fclose (f);
      if (!constrained)
	fprintf (stderr, "%s: warning: %s: go build refuses C and C++ "
			 "sources in this package (no cgo: it has Go "
			 "assembly): keep them out of %s, or begin the file "
			 "with //go:build ignore\n",
		 prog, path, dir);
    }
  closedir (d);
}

int
main (int argc, char **argv)
{
  const char *cc = "gcc", *pkg = NULL, *dir = ".";
  char *plugin = NULL;
  int verbose = 0, ninputs = 0;
  const char **errno_funcs = calloc ((size_t) argc + 1, sizeof (char *));
  size_t nerrno = 0;
  char **inputs = calloc ((size_t) argc, sizeof (char *));
  const char **ldflags = calloc ((size_t) argc + 1, sizeof (char *));
  const char **pkgconfig = calloc ((size_t) argc + 1, sizeof (char *));
  size_t nldflags = 0, npkgconfig = 0;
  char **cflags = NULL;
  int ncflags = 0;
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (strcmp (a, "--") == 0)
	{
	  cflags = argv + i + 1;
	  ncflags = argc - i - 1;
	  break;
	}
      if ((strcmp (a, "-cc") == 0 || strcmp (a, "-pkg") == 0
	   || strcmp (a, "-o") == 0 || strcmp (a, "-plugin") == 0
	   || strcmp (a, "-errno") == 0 || strcmp (a, "-ldflags") == 0
	   || strcmp (a, "-pkg-config") == 0))
	{
	  if (i + 1 >= argc)
	    usage (2);
	  const char *v = argv[++i];
	  if (strcmp (a, "-ldflags") == 0)
	    ldflags[nldflags++] = v;
	  else if (strcmp (a, "-pkg-config") == 0)
	    add_items (&pkgconfig, &npkgconfig, v, ",");
	  else if (a[1] == 'c')
	    cc = v;
	  else if (a[1] == 'p' && a[2] == 'k')
	    pkg = v;
	  else if (a[1] == 'o')
	    dir = v;
	  else if (a[1] == 'e')
	    add_items (&errno_funcs, &nerrno, v, ", ");
	  else
	    plugin = strdup (v);
	}
      else if (strcmp (a, "-v") == 0)
	verbose = 1;
      else if (strcmp (a, "-h") == 0 || strcmp (a, "-help") == 0
	       || strcmp (a, "--help") == 0)
	usage (0);
      else if (strcmp (a, "-version") == 0 || strcmp (a, "--version") == 0)
	{
	  printf ("linkname-go (linkname) %s\n%s", LN_VERSION, LN_LICENCE_TEXT);
	  return 0;
	}
      else if (a[0] == '-')
	{
	  fprintf (stderr, "%s: unknown option %s\n", prog, a);
	  usage (2);
	}
      else
	inputs[ninputs++] = argv[i];
    }
  if (!ninputs)
    usage (2);
  /* The C is only compiled here: a link flag among the CFLAGS would be
     lost (GCC ignores it under -c), and the Go link would fail later.  */
  for (int j = 0; j < ncflags; j++)
    if (strncmp (cflags[j], "-l", 2) == 0 || strncmp (cflags[j], "-L", 2) == 0
	|| strncmp (cflags[j], "-Wl,", 4) == 0)
      die ("%s after -- is a link flag, and linkname-go only compiles the "
	   "C: give it with -ldflags '%s', which go build passes to the "
	   "link",
	   cflags[j], cflags[j]);
  if (!plugin)
    plugin = default_plugin ();
  struct stat st;
  if (stat (dir, &st) != 0 || !S_ISDIR (st.st_mode))
    die ("%s is not a directory", dir);
  char *package = pkg ? strdup (pkg) : package_of (dir);
  /* The package that carries the link flags (those given, and the C++
     runtime for C++ objects), by its import path.  */
  char *libs_import = NULL, *modpath = import_path (dir);
  if (!modpath && (nldflags || npkgconfig))
    die ("-ldflags and -pkg-config write a package under %s, which the "
	 "binding imports: no go.mod above %s gives its import path",
	 dir, dir);
  if (modpath && asprintf (&libs_import, "%s/%s", modpath, LG_LIBS_DIR) < 0)
    exit (2);
  free (modpath);
  /* The libraries' compile flags, from pkg-config as cgo gets them.  */
  char *pc_out = NULL;
  char **pc_flags = NULL;
  int npc_flags = 0;
  if (npkgconfig)
    {
      const char *pc = getenv ("PKG_CONFIG");
      if (!pc || !*pc)
	pc = "pkg-config";
      char **cmd = calloc (npkgconfig + 3, sizeof (char *));
      cmd[0] = (char *) pc;
      cmd[1] = (char *) "--cflags";
      for (size_t j = 0; j < npkgconfig; j++)
	{
	  if (!lg_pkgconfig_name_ok (pkgconfig[j]))
	    die ("-pkg-config '%s': not a pkg-config package name",
		 pkgconfig[j]);
	  cmd[j + 2] = (char *) pkgconfig[j];
	}
      if (run_out (cmd, &pc_out) != 0)
	die ("%s --cflags for -pkg-config failed", pc);
      free (cmd);
      pc_flags = calloc (strlen (pc_out) / 2 + 2, sizeof (char *));
      for (char *t = strtok (pc_out, " \t\n"); t; t = strtok (NULL, " \t\n"))
	pc_flags[npc_flags++] = t;
    }

  /* Compile the .c files, each into a temporary object in DIR.  */
  char **objs = calloc ((size_t) ninputs, sizeof (char *));
  char **sysos = calloc ((size_t) ninputs, sizeof (char *));
  char **tmps = calloc ((size_t) ninputs, sizeof (char *));
  temps = calloc (2 * (size_t) ninputs + 4, sizeof (char *));
  atexit (remove_temps);
  int status = 0;
  for (int i = 0; i < ninputs; i++)
    {
      const char *in = inputs[i];
      size_t n = strlen (in);
      char *base = base_of (in);
      for (int k = 0; k < i; k++)
	{
	  char *other = base_of (inputs[k]);
	  if (strcmp (other, base) == 0)
	    die ("%s and %s would both be one .syso", inputs[k], in);
	  free (other);
	}
      if (asprintf (&sysos[i], "%s/%s_amd64.syso", dir, base) < 0
	  || asprintf (&tmps[i], "%s.tmp", sysos[i]) < 0)
	exit (2);
      temps[ntemps++] = tmps[i];
      /* An object, or a source CC compiles as its suffix says (GCC's
	 driver picks C or C++).  */
      if (!(n > 2 && strcmp (in + n - 2, ".o") == 0))
	{
	  if (asprintf (&objs[i], "%s/.%s.linkname-go.o", dir, base) < 0)
	    exit (2);
	  temps[ntemps++] = objs[i];
	  char **cmd = calloc ((size_t) (ncflags + npc_flags) + 11,
			       sizeof (char *));
	  int k = 0;
	  char *fplugin;
	  if (asprintf (&fplugin, "-fplugin=%s", plugin) < 0)
	    exit (2);
	  /* The Go entries of bounded functions (gonote.h), under the
	     plugin's name: its file's base name without ".so".  */
	  const char *pbase = strrchr (plugin, '/');
	  pbase = pbase ? pbase + 1 : plugin;
	  size_t plen = strlen (pbase);
	  if (plen > 3 && strcmp (pbase + plen - 3, ".so") == 0)
	    plen -= 3;
	  char *goentry;
	  if (asprintf (&goentry, "-fplugin-arg-%.*s-go-entry", (int) plen,
			pbase) < 0)
	    exit (2);
	  cmd[k++] = (char *) cc;
	  cmd[k++] = fplugin;
	  cmd[k++] = goentry;
	  /* The object goes into a Go program under names keyed by the
	     package: no other definition can take the place of one of its
	     functions.  Without this, -fPIC makes each global function
	     interposable, and GCC inlines none into its Go entry (which
	     then calls it and saves registers).  Before the CFLAGS, so
	     that -fsemantic-interposition there wins.  */
	  cmd[k++] = (char *) "-fno-semantic-interposition";
	  for (int j = 0; j < npc_flags; j++)
	    cmd[k++] = pc_flags[j];
	  for (int j = 0; j < ncflags; j++)
	    cmd[k++] = cflags[j];
	  cmd[k++] = (char *) "-fno-lto";
	  cmd[k++] = (char *) "-c";
	  cmd[k++] = (char *) in;
	  cmd[k++] = (char *) "-o";
	  cmd[k++] = objs[i];
	  if (run (cmd) != 0)
	    status = 1;
	  /* GCC takes a file it does not compile (a .a, a .so) as linker
	     input, which -c leaves unused, and makes no object; a header
	     (.h) it makes a precompiled header of.  */
	  else if (!elf_file_p (objs[i]))
	    {
	      fprintf (stderr, "%s: %s made no object of %s: give C or C++ "
			       "sources, or .o objects\n",
		       prog, cc, in);
	      status = 1;
	    }
	  free (fplugin);
	  free (goentry);
	  free (cmd);
	}
      else
	objs[i] = strdup (in);
      free (base);
    }
  if (status)
    die ("compiling the sources failed");

  struct lg_bind *g = lg_new ();
  int notes = 0;
  for (int i = 0; i < ninputs && !status; i++)
    {
      int k = read_notes (g, objs[i], inputs[i]);
      if (k < 0)
	status = 1;
      else
	notes += k;
    }
  /* Only objects compiled without the plugin, or without its thunks,
     have none.  */
  if (!status && !notes)
    die ("no input has a linkname Go note: none defines a linknamed "
	 "function (a .o must be compiled with -fplugin=linkname, and not "
	 "with -fplugin-arg-linkname-abi0=no)");
  char *errors = NULL;
  struct lg_output out;
  memset (&out, 0, sizeof out);
  char *key = package_key (dir);
  if (!status)
    {
      char generator[512];
      snprintf (generator, sizeof generator, "linkname-go %s", LN_VERSION);
      struct lg_options opts = { package,
				 generator,
				 key,
				 errno_funcs,
				 ldflags,
				 pkgconfig,
				 libs_import };
      if (lg_generate (g, &opts, &out, &errors) != 0)
	{
	  for (char *line = strtok (errors, "\n"); line;
	       line = strtok (NULL, "\n"))
	    fprintf (stderr, "%s: %s\n", prog, line);
	  status = 1;
	}
    }

  /* The renames: the bound functions and their thunks (gobind), then
     every other global symbol the objects define, so that nothing in
     one package's .syso meets another package's.  */
  size_t nr = status ? 0 : lg_rename_count (g);
  char **from = calloc (nr + 1, sizeof (char *)),
       **to = calloc (nr + 1, sizeof (char *));
  for (size_t r = 0; r < nr; r++)
    lg_rename (g, r, (const char **) &from[r], (const char **) &to[r]);
  char **globals = NULL;
  size_t nglobals = 0;
  for (int i = 0; i < ninputs && !status; i++)
    defined_globals (objs[i], &globals, &nglobals);
  size_t nbound = nr;
  for (size_t k = 0; k < nglobals; k++)
    {
      size_t r;
      for (r = 0; r < nbound; r++)
	if (strcmp (from[r], globals[k]) == 0)
	  break;
      if (r < nbound)
	continue;
      from = realloc (from, (nr + 1) * sizeof (char *));
      to = realloc (to, (nr + 1) * sizeof (char *));
      if (!from || !to || asprintf (&to[nr], "%s.%s", globals[k], key) < 0)
	exit (2);
      from[nr++] = globals[k];
    }

  /* The objects, with the symbols renamed, as .syso files.  */
  const char *objcopy = getenv ("OBJCOPY");
  if (!objcopy || !*objcopy)
    objcopy = "objcopy";
  for (int i = 0; i < ninputs && !status; i++)
    {
      char **cmd = calloc (2 * nr + 8, sizeof (char *));
      int k = 0;
      cmd[k++] = (char *) objcopy;
      /* A fat LTO object's IR still has the old names, and the host
	 linker's LTO plugin would take it: keep the code only.  */
      cmd[k++] = (char *) "--remove-section=.gnu.lto_*";
      cmd[k++] = (char *) "--remove-section=.gnu.debuglto_*";
      for (size_t r = 0; r < nr; r++)
	{
	  cmd[k++] = (char *) "--redefine-sym";
	  if (asprintf (&cmd[k++], "%s=%s", from[r], to[r]) < 0)
	    exit (2);
	}
      cmd[k++] = objs[i];
      cmd[k++] = tmps[i];
      if (run (cmd) != 0 || hide_defined_globals (tmps[i]) != 0)
	status = 1;
      for (int j = 4; j < k - 2; j += 2)
	free (cmd[j]);
      free (cmd);
    }
  char *errno_syso = NULL, *errno_tmp = NULL;
  if (!status && nerrno)
    {
      if (asprintf (&errno_syso, "%s/linkname_errno_amd64.syso", dir) < 0
	  || asprintf (&errno_tmp, "%s.tmp", errno_syso) < 0)
	exit (2);
      temps[ntemps++] = errno_tmp;
      if (compile_errno_helpers (cc, dir, key, errno_tmp) != 0
	  || hide_defined_globals (errno_tmp) != 0)
	{
	  fprintf (stderr, "%s: compiling the errno helpers failed\n", prog);
	  status = 1;
	}
    }
  if (!status)
    {
      for (size_t i = 0; i < out.nfiles; i++)
	write_file (dir, out.names[i], out.texts[i]);
      for (int i = 0; lg_all_files[i]; i++)
	if (!lg_output_file (&out, lg_all_files[i]))
	  remove_stale (dir, lg_all_files[i]);
      /* The link flags' package, and internal/, when now empty.  */
      char libdir[PATH_MAX];
      snprintf (libdir, sizeof libdir, "%s/%s", dir, LG_LIBS_DIR);
      for (char *slash; rmdir (libdir) == 0
			&& (slash = strrchr (libdir, '/'))
			&& (size_t) (slash - libdir) > strlen (dir);)
	*slash = '\0';
      for (int i = 0; i < ninputs; i++)
	{
	  if (rename (tmps[i], sysos[i]) != 0)
	    die ("cannot write %s: %s", sysos[i], strerror (errno));
	}
      remove_stale_sysos (dir, sysos, ninputs);
      char stale[PATH_MAX];
      snprintf (stale, sizeof stale, "%s/linkname_errno_amd64.syso", dir);
      if (errno_tmp && rename (errno_tmp, errno_syso) != 0)
	die ("cannot write %s: %s", errno_syso, strerror (errno));
      if (!errno_tmp)
	unlink (stale);
      if (verbose)
	fputs (out.listing, stdout);
      warn_c_sources (dir);
    }
  for (size_t r = nbound; r < nr; r++)
    free (to[r]);
  for (size_t k = 0; k < nglobals; k++)
    free (globals[k]);
  free (globals);
  free (from);
  free (to);
  free (errno_syso);
  free (key);
  free (libs_import);
  free (pc_out);
  free (pc_flags);
  free (ldflags);
  free (pkgconfig);
  free ((void *) errno_funcs);
  remove_temps ();
  ntemps = 0;
  for (int i = 0; i < ninputs; i++)
    {
      free (objs[i]);
      free (sysos[i]);
      free (tmps[i]);
    }
  free (objs);
  free (tmps);
  free (temps);
  free (sysos);
  lg_output_free (&out);
  free (errors);
  free (package);
  free (plugin);
  free (inputs);
  lg_free (g);
  return status;
}
