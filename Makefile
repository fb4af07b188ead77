# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The linkname authors
# linkname - a GCC plugin giving C the semantics of Go's //go:linkname.
#
#   make [CC=gcc-11]        build the plugin for that compiler, in its own
#                           build directory (build/<target>-gcc<major>/)
#   make -s print-plugin    print the path of the built plugin (also
#                           print-linkname-go, print-linkname-report)
#   make install            install it as `$(CC) -print-file-name=plugin`/linkname.so,
#                           so that -fplugin=linkname finds it, linkname-go and
#                           linkname-report into PREFIX/bin, and the manual (info,
#                           man pages, HTML) under PREFIX/share (PREFIX /usr/local);
#                           DESTDIR honoured; make uninstall removes all of it
#   make doc                the manual: build/doc/linkname.{info,html}, and the man
#                           pages linkname.7, linkname-go.1, linkname-report.1
#   make dist               linkname-VERSION.tar.gz from the tracked files
#   make distcheck          unpack it, build, run the quick tests, install
#                           into a DESTDIR, and check that uninstall empties it
#   make deb                the Debian package for CC (dpkg-buildpackage -b)
#   make demo               build, compile examples/ with it, run them, show symbols
#   make check              every test, for GCC 11 to 16 (13 to 16 in a Debian
#                           testing root under build/, config/make-root.sh)
#   make unit               the C core's unit tests only
#   make compare            the side-by-side comparison with gccgo-12, then
#                           gccgo-15 (forky root), and where the two differ
#   make unit-san           the unit tests built with ASan and UBSan
#   make fuzz [N=2000] [SEED=1]   N generated units through $(CC) and the plugin
#   make fuzz-core [FUZZ_TIME=60] libFuzzer on the core's parsers, bounded
#   make check-valgrind     the DejaGnu suite with cc1 under valgrind
#   make check-real         zlib with and without the plugin; libgo's C
#   make check-mutants [MUTANTS=...]   deliberate defects the tests must catch
#                           (testsuite/mutants/; about 8 minutes on 2 cores)
#   make bench              ABI0 thunk cost (bench-thunk), calls from Go
#                           (bench-go) and the plugin's compile-time and
#                           memory cost (bench-cost)

ifeq ($(origin CC),default)
CC := gcc
endif
# CFLAGS, CPPFLAGS, CXXFLAGS and LDFLAGS from the command line or the
# environment (dpkg-buildflags' hardening) come after the project's own
# flags, in every compile and link of what is installed.
USER_CFLAGS = $(CPPFLAGS) $(CFLAGS)
USER_CXXFLAGS = $(CPPFLAGS) $(CXXFLAGS)
# The build machine's compiler; in a root with only gcc-N (config/in-root.sh)
# that is CC itself.
HOST_CC ?= $(if $(shell command -v gcc 2>/dev/null),gcc,$(CC))
GCC_MAJOR := $(shell $(CC) -dumpversion 2>/dev/null | cut -d. -f1)
TRIPLE := $(shell $(CC) -dumpmachine 2>/dev/null)
PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin 2>/dev/null)
# The plugin runs inside the host's cc1, so it is built by the host's g++,
# of the same major version when there is one.
PLUGIN_CXX ?= $(shell command -v g++-$(GCC_MAJOR) >/dev/null 2>&1 && echo g++-$(GCC_MAJOR) || echo g++)

BUILD := build/$(TRIPLE)-gcc$(GCC_MAJOR)
PLUGIN := $(BUILD)/linkname.so
# The Go side of C functions for gc (tools/linkname-go.c), beside the
# plugin it finds there in the build tree (installed: into bindir).
LINKNAME_GO := $(BUILD)/linkname-go
# The report recorded in objects, archives and programs
# (tools/linkname-report.c), installed into bindir.
LINKNAME_REPORT := $(BUILD)/linkname-report

CORE_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -g -fPIC -Wall -Wextra -Iinclude
# Warnings are errors (WERROR= turns that off: the mutants of
# testsuite/mutants/ leave functions unused on purpose).
WERROR ?= -Werror
PLUGIN_CXXFLAGS := -std=gnu++14 -O2 -g -fPIC -fno-rtti -fno-exceptions \
  -Wall $(WERROR) -Wno-format-diag -Iinclude -I$(PLUGIN_DIR)/include

CORE_SRCS := $(wildcard plugin/core/*.c)
# ABI0 thunks are for Go's amd64 ABI0: the i386 back end gets the real
# check (x86-64 LP64 at run time), every other back end none.
THUNK_TARGET := $(if $(filter x86_64-% i386-% i486-% i586-% i686-%,$(TRIPLE)),x86,none)
GCC_SRCS := $(wildcard plugin/gcc/*.cc) plugin/gcc/target/$(THUNK_TARGET).cc
HEADERS := $(wildcard include/linkname/*.h plugin/gcc/*.h)
# The Go side's generator (tools/gobind/): linked into linkname-go and the
# unit tests, never into the plugin.
GOBIND_SRCS := $(wildcard tools/gobind/*.c)
GOBIND_HEADERS := $(wildcard tools/gobind/*.h)
CORE_OBJS := $(CORE_SRCS:plugin/core/%.c=$(BUILD)/core/%.o)
GCC_UNITY := $(BUILD)/gcc/layer.cc
GCC_OBJS := $(BUILD)/gcc/layer.o

.PHONY: FORCE all plugin print-plugin print-plugin-objs print-linkname-go print-linkname-report install uninstall demo doc install-doc uninstall-doc check check-long unit compare compare-one bench bench-thunk bench-go deps \
  clean check-cc check-plugin-dev unit-san dist distcheck deb fuzz fuzz-core check-valgrind check-real bench-cost check-mutants

all: plugin
plugin: $(PLUGIN) $(LINKNAME_GO) $(LINKNAME_REPORT)

# A plugin is built for GCC, by GCC's rules: another compiler (clang
# answers -dumpversion and -print-file-name too) is refused, not built
# into a directory named after the version it claims.
check-cc:
	@$(CC) -v 2>&1 | grep -q '^gcc version ' || { \
	  echo "linkname: CC=$(CC) is not GCC ($$($(CC) --version 2>&1 | head -n 1));" \
	       "the plugin is built for a GCC and loads only in it: make CC=gcc-N" >&2; exit 1; }

check-plugin-dev: check-cc
	@test -f "$(PLUGIN_DIR)/include/gcc-plugin.h" || { \
	  echo "linkname: no plugin headers for $(CC) (looked in $(PLUGIN_DIR)/include);" \
	       "install gcc-$(GCC_MAJOR)-plugin-dev (or run 'make deps')" >&2; exit 1; }

$(BUILD)/core/%.o: plugin/core/%.c $(HEADERS) | check-plugin-dev
	@mkdir -p $(@D)
	$(HOST_CC) $(CORE_CFLAGS) $(USER_CFLAGS) -c $< -o $@

# The GCC layer is compiled as one unit, $(BUILD)/gcc/layer.cc, which
# includes each of its files: GCC's headers are most of a file's compile
# (0.85 s of 1 s), so one unit builds the plugin in about a third of the
# CPU time.  Diagnostics and debug information keep each file's name.
# The unit is rewritten only when the list of files changes.
FORCE:
$(GCC_UNITY): FORCE
	@mkdir -p $(@D)
	@printf '#include "%s"\n' $(abspath $(GCC_SRCS)) >$@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

# Every symbol the GCC layer takes from cc1 is a weak reference: loaded
# into a GCC for another target (ix86_function_type_abi, or
# build_int_cst with another poly_int), dlopen then succeeds and the
# plugin's own check says in one line which GCC it was built for, instead
# of "undefined symbol: _Z22ix86_...".  The check runs before anything
# else in the plugin, and a GCC that passes it has every symbol.
$(GCC_OBJS): $(GCC_UNITY) $(GCC_SRCS) $(HEADERS) | check-plugin-dev
	$(PLUGIN_CXX) $(PLUGIN_CXXFLAGS) $(USER_CXXFLAGS) -c $< -o $@.strong
	@nm -u $@.strong | awk '{ print $$NF }' >$@.undef
	@if [ -s $@.undef ]; then objcopy --weaken-symbols=$@.undef $@.strong $@; \
	  else cp $@.strong $@; fi && rm -f $@.strong $@.undef

$(PLUGIN): $(CORE_OBJS) $(GCC_OBJS)
	$(PLUGIN_CXX) -shared $(LDFLAGS) -o $@ $^

# linkname-go runs on the build machine: the host's compiler builds it.
# The tools link the core's objects, the plugin's own (position-
# independent code links into the executable as it is).
$(LINKNAME_GO): tools/linkname-go.c $(CORE_OBJS) $(GOBIND_SRCS) $(HEADERS) $(GOBIND_HEADERS) | check-cc
	@mkdir -p $(@D)
	$(HOST_CC) $(filter-out -fPIC,$(CORE_CFLAGS)) $(USER_CFLAGS) $(LDFLAGS) -Itools/gobind -o $@ tools/linkname-go.c $(GOBIND_SRCS) $(CORE_OBJS)

$(LINKNAME_REPORT): tools/linkname-report.c $(CORE_OBJS) $(HEADERS) | check-cc
	@mkdir -p $(@D)
	$(HOST_CC) $(filter-out -fPIC,$(CORE_CFLAGS)) $(USER_CFLAGS) $(LDFLAGS) -o $@ tools/linkname-report.c $(CORE_OBJS)

print-plugin:
	@echo $(abspath $(PLUGIN))

# The objects the plugin is linked from (a tree built before may hold
# others).
print-plugin-objs:
	@echo $(abspath $(CORE_OBJS) $(GCC_OBJS))

print-linkname-go:
	@echo $(abspath $(LINKNAME_GO))

print-linkname-report:
	@echo $(abspath $(LINKNAME_REPORT))

# The plugin goes where GCC looks for -fplugin=NAME (plugindir); the
# tools onto PATH (bindir); the manual under PREFIX.  Without makeinfo and
# help2man the plugin and tools are still installed, and the manual is
# not (with a note); INSTALL_DOC=no leaves it out.
plugindir ?= $(PLUGIN_DIR)
install: $(PLUGIN) $(LINKNAME_GO) $(LINKNAME_REPORT)
	install -d $(DESTDIR)$(plugindir) $(DESTDIR)$(bindir)
	install -m 644 $(PLUGIN) $(DESTDIR)$(plugindir)/linkname.so
	install -m 755 $(LINKNAME_GO) $(DESTDIR)$(bindir)/linkname-go
	install -m 755 $(LINKNAME_REPORT) $(DESTDIR)$(bindir)/linkname-report
	@if [ "$(INSTALL_DOC)" = no ]; then :; \
	elif command -v $(MAKEINFO) >/dev/null 2>&1 && command -v $(HELP2MAN) >/dev/null 2>&1; \
	then $(MAKE) -s install-doc; \
	else echo "linkname: no $(MAKEINFO) or $(HELP2MAN) (Debian texinfo, help2man): the manual" \
	  "is not installed; 'make install-doc' installs it" >&2; fi

# Also what older versions put beside the plugin.
uninstall: uninstall-doc
	rm -f $(DESTDIR)$(plugindir)/linkname.so $(DESTDIR)$(bindir)/linkname-go \
	  $(DESTDIR)$(bindir)/linkname-report \
	  $(DESTDIR)$(plugindir)/linkname-go $(DESTDIR)$(plugindir)/linkname-report

# --- the manual (doc/) ------------------------------------------------------
# doc/linkname.texi is the manual; doc/linkname.7.in a short man page that
# points to it.  Any makeinfo warning fails the build.
PREFIX ?= /usr/local
prefix ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir ?= $(exec_prefix)/bin
datarootdir ?= $(prefix)/share
infodir ?= $(datarootdir)/info
mandir ?= $(datarootdir)/man
docdir ?= $(datarootdir)/doc/linkname
MAKEINFO ?= makeinfo
HELP2MAN ?= help2man
DOC := build/doc
VERSION := $(shell sed -n 's/^\#define LN_VERSION "\(.*\)"/\1/p' include/linkname/options.h)
MAN_PAGES := $(DOC)/linkname.7 $(DOC)/linkname-go.1 $(DOC)/linkname-report.1
DOC_OUT := $(DOC)/linkname.info $(DOC)/linkname.html $(MAN_PAGES)

doc: $(DOC_OUT)

$(DOC)/version.texi: include/linkname/options.h
	@mkdir -p $(@D)
	@printf '@set VERSION %s\n' '$(VERSION)' >$@

$(DOC)/linkname.info: doc/linkname.texi $(DOC)/version.texi
	@$(MAKEINFO) -I $(DOC) -o $@ $< 2>$@.log; s=$$?; cat $@.log >&2; \
	  if [ $$s != 0 ] || [ -s $@.log ]; then rm -f $@; exit 1; fi

$(DOC)/linkname.html: doc/linkname.texi $(DOC)/version.texi
	@$(MAKEINFO) --html --no-split -I $(DOC) -o $@ $< 2>$@.log; s=$$?; cat $@.log >&2; \
	  if [ $$s != 0 ] || [ -s $@.log ]; then rm -f $@; exit 1; fi

# linkname.7's OPTIONS are the plugin's help text (doc/help-to-man.sh).
$(DOC)/linkname.7: doc/linkname.7.in doc/help-to-man.sh plugin/core/options.c include/linkname/options.h
	@mkdir -p $(@D)
	@bash doc/help-to-man.sh plugin/core/options.c >$@.options
	@sed -e 's/@VERSION@/$(VERSION)/g' -e '/^@OPTIONS@$$/{r $@.options' -e 'd;}' $< >$@
	@rm -f $@.options

# The tools' man pages are their --help and --version, made by help2man
# at build time (never by hand), with doc/TOOL.h2m's sections added.
$(DOC)/%.1: $(BUILD)/% doc/%.h2m
	@mkdir -p $(@D)
	@$(HELP2MAN) --no-info --no-discard-stderr --section=1 \
	  --include=doc/$*.h2m --output=$@ $(abspath $<)

install-doc: doc
	install -d $(DESTDIR)$(infodir) $(DESTDIR)$(mandir)/man1 $(DESTDIR)$(mandir)/man7 \
	  $(DESTDIR)$(docdir)
	install -m 644 $(DOC)/linkname.info $(DESTDIR)$(infodir)/linkname.info
	install -m 644 $(DOC)/linkname.7 $(DESTDIR)$(mandir)/man7/linkname.7
	install -m 644 $(DOC)/linkname-go.1 $(DOC)/linkname-report.1 $(DESTDIR)$(mandir)/man1
	install -m 644 $(DOC)/linkname.html $(DESTDIR)$(docdir)/linkname.html
	@if [ -z "$(DESTDIR)" ] && command -v install-info >/dev/null 2>&1; then \
	  install-info --info-dir=$(infodir) $(infodir)/linkname.info; fi

uninstall-doc:
	@if [ -z "$(DESTDIR)" ] && command -v install-info >/dev/null 2>&1 && [ -f $(infodir)/dir ]; then \
	  install-info --delete --info-dir=$(infodir) $(infodir)/linkname.info \
	    >/dev/null 2>&1 || true; fi
	rm -f $(DESTDIR)$(infodir)/linkname.info $(DESTDIR)$(mandir)/man7/linkname.7 \
	  $(DESTDIR)$(mandir)/man1/linkname-go.1 $(DESTDIR)$(mandir)/man1/linkname-report.1 \
	  $(DESTDIR)$(docdir)/linkname.html
	@rmdir $(DESTDIR)$(docdir) 2>/dev/null || true

deps:
	@bash config/install-deps.sh

# --- the release -----------------------------------------------------------
dist:
	@bash config/dist.sh

distcheck:
	@bash testsuite/release/distcheck.sh $(CC)

# The Debian package for CC's GCC, built from the dist tarball in
# build/deb/ (dpkg-buildpackage -us -uc -b): build/deb/linkname_*.deb.
deb:
	@bash testsuite/release/check-deb.sh --build-only $(CC)

# --- tests ----------------------------------------------------------------
UNIT_BUILD := build/unit
UNIT_SRCS := $(wildcard testsuite/unit/test-*.c)
UNIT_BIN := $(UNIT_BUILD)/unit-tests

$(UNIT_BIN): $(UNIT_SRCS) $(CORE_SRCS) $(GOBIND_SRCS) $(HEADERS) $(GOBIND_HEADERS) testsuite/unit/unit.h
	@mkdir -p $(@D)
	$(HOST_CC) $(CORE_CFLAGS) -Itestsuite/unit -Itools/gobind -o $@ $(UNIT_SRCS) $(CORE_SRCS) $(GOBIND_SRCS)

unit: $(UNIT_BIN)
	@$(UNIT_BIN)

# The same tests with AddressSanitizer and UndefinedBehaviorSanitizer:
# any report is fatal.
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
  -fno-omit-frame-pointer
SAN_BIN := build/unit-san/unit-tests

$(SAN_BIN): $(UNIT_SRCS) $(CORE_SRCS) $(GOBIND_SRCS) $(HEADERS) $(GOBIND_HEADERS) testsuite/unit/unit.h
	@mkdir -p $(@D)
	$(HOST_CC) $(CORE_CFLAGS) $(SAN_FLAGS) -Itestsuite/unit -Itools/gobind -o $@ $(UNIT_SRCS) $(CORE_SRCS) $(GOBIND_SRCS)

unit-san: $(SAN_BIN)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $(SAN_BIN)

# Random translation units through the compiler (testsuite/fuzz/).
N ?= 2000
SEED ?= 1
fuzz: $(PLUGIN)
	@python3 testsuite/fuzz/run.py --cc $(CC) --plugin $(PLUGIN) --seed $(SEED) \
	  -n $(N) --out build/fuzz/$(CC)

# libFuzzer on the core's parsers; crashes land in build/fuzz-core/.
FUZZ_CC ?= clang
FUZZ_TIME ?= 60
FUZZ_BIN := build/fuzz-core/core-fuzz
FUZZ_SRCS := $(CORE_SRCS)

$(FUZZ_BIN): testsuite/fuzz/core-fuzz.c $(FUZZ_SRCS) $(HEADERS)
	@mkdir -p $(@D)/corpus
	$(FUZZ_CC) $(filter-out -O2,$(CORE_CFLAGS)) -O1 \
	  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  -o $@ testsuite/fuzz/core-fuzz.c $(FUZZ_SRCS)

fuzz-core: $(FUZZ_BIN)
	cd $(dir $(FUZZ_BIN)) && ./core-fuzz -seed=$(SEED) -max_len=4096 -timeout=10 \
	  -max_total_time=$(FUZZ_TIME) -print_final_stats=1 corpus

check-valgrind: $(PLUGIN)
	@bash testsuite/valgrind/check-valgrind.sh $(CC)

check-real: $(PLUGIN)
	@bash testsuite/real/check-real.sh $(CC)

check:
	@bash testsuite/check.sh

# Each mutant of testsuite/mutants/mutants.txt, built in build/mutants/NAME/
# from a copy of the tree, must make the tests it lists fail.
check-mutants:
	@bash testsuite/mutants/run.sh $(MUTANTS)

# The long run: 2040 random ABI0 prototypes (each called directly,
# through its .abi0 thunk and back through a ..sysv thunk) at eight option
# sets, on the x86-64 compilers (the only ones with thunks).
check-long:
	@ABI0_RANDOM_COUNT=2040 ABI0_RANDOM_OPTIONS='-O0;-O2;-O3 -fPIC;-O2 -flto;-O2 -fpcc-struct-return;-O2 -flto -masm=intel -fstack-clash-protection;-O2 -mfunction-return=thunk-extern -mharden-sls=all -fzero-call-used-regs=all;-O2 -mcmodel=large -mindirect-branch=thunk-inline' \
	  CHECK_TORTURE=full CHECK_COMPILERS="gcc-12 gcc-11" bash testsuite/check.sh

# Each pair of testsuite/compare/ through gccgo and through CC with the
# plugin: a table of directive, gccgo result, plugin result, verdict.
# First gccgo-12 with CC (gcc-12), then, in the forky root
# (config/make-root.sh), gccgo-15 with gcc-15, whose table has one more
# column: where gccgo-15's result differs from gccgo-12's.
GCCGO ?= $(if $(shell command -v gccgo-$(GCC_MAJOR) 2>/dev/null),gccgo-$(GCC_MAJOR),gccgo-12)
compare: deps
	@$(MAKE) -s compare-one
	@bash config/make-root.sh >/dev/null
	@HOST_CC=gcc-15 bash config/in-root.sh $(MAKE) -s compare-one CC=gcc-15 \
	  COMPARE_REF=$(abspath build/compare/$(GCCGO).tsv)

compare-one:
	@$(MAKE) -s plugin
	@mkdir -p build/compare
	@CC="$(CC)" PLUGIN="$(abspath $(PLUGIN))" GCCGO=$(GCCGO) \
	  COMPARE_SAVE=$(abspath build/compare/$(GCCGO).tsv) bash testsuite/compare/compare.sh

# Benchmarks: ratios measured side by side in one run.
bench: bench-thunk bench-go bench-cost

bench-cost: $(PLUGIN)
	@bash testsuite/bench/bench.sh $(CC)

bench-thunk:
	@bash testsuite/bench/thunk/run.sh

# A small C function from Go: cgo, linkname-go's stubs, Go assembly.
bench-go:
	@CC=$(CC) bash testsuite/bench/go/run.sh

demo:
	@bash examples/demo.sh

# build/ holds only files (config/in-root.sh mounts nothing on the host);
# --one-file-system refuses to cross into anything mounted there anyway.
clean:
	rm -rf --one-file-system build
