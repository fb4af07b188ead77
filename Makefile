# linkname - a GCC plugin giving C the semantics of Go's //go:linkname.
#
#   make [CC=gcc-11]        build the plugin for that compiler, in its own
#                           build directory (build/<target>-gcc<major>/)
#   make -s print-plugin    print the path of the built plugin (also
#                           print-linkname-go, print-linkname-report)
#   make install            install it as `$(CC) -print-file-name=plugin`/linkname.so,
#                           so that -fplugin=linkname finds it, and the manual
#                           (info, linkname.7, HTML) under PREFIX (/usr/local)
#   make doc                the manual: build/doc/linkname.{info,html}, linkname.7
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
# plugin it finds there.
LINKNAME_GO := $(BUILD)/linkname-go
# The report recorded in objects, archives and programs
# (tools/linkname-report.c), installed beside it.
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
GCC_OBJS := $(GCC_SRCS:plugin/gcc/%.cc=$(BUILD)/gcc/%.o)

.PHONY: all plugin print-plugin print-linkname-go print-linkname-report install uninstall demo doc install-doc uninstall-doc check check-long unit compare compare-one bench bench-thunk bench-go deps \
  clean check-plugin-dev unit-san fuzz fuzz-core check-valgrind check-real bench-cost check-mutants

all: plugin
plugin: $(PLUGIN) $(LINKNAME_GO) $(LINKNAME_REPORT)

check-plugin-dev:
	@test -f "$(PLUGIN_DIR)/include/gcc-plugin.h" || { \
	  echo "linkname: no plugin headers for $(CC) (looked in $(PLUGIN_DIR)/include);" \
	       "install gcc-$(GCC_MAJOR)-plugin-dev (or run 'make deps')" >&2; exit 1; }

$(BUILD)/core/%.o: plugin/core/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(HOST_CC) $(CORE_CFLAGS) -c $< -o $@

$(BUILD)/gcc/%.o: plugin/gcc/%.cc $(HEADERS) | check-plugin-dev
	@mkdir -p $(@D)
	$(PLUGIN_CXX) $(PLUGIN_CXXFLAGS) -c $< -o $@

$(PLUGIN): $(CORE_OBJS) $(GCC_OBJS)
	$(PLUGIN_CXX) -shared -o $@ $^

# linkname-go runs on the build machine: the host's compiler builds it.
$(LINKNAME_GO): tools/linkname-go.c $(CORE_SRCS) $(GOBIND_SRCS) $(HEADERS) $(GOBIND_HEADERS)
	@mkdir -p $(@D)
	$(HOST_CC) $(filter-out -fPIC,$(CORE_CFLAGS)) -Itools/gobind -o $@ tools/linkname-go.c $(CORE_SRCS) $(GOBIND_SRCS)

$(LINKNAME_REPORT): tools/linkname-report.c $(CORE_SRCS) $(HEADERS)
	@mkdir -p $(@D)
	$(HOST_CC) $(filter-out -fPIC,$(CORE_CFLAGS)) -o $@ tools/linkname-report.c $(CORE_SRCS)

print-plugin:
	@echo $(abspath $(PLUGIN))

print-linkname-go:
	@echo $(abspath $(LINKNAME_GO))

print-linkname-report:
	@echo $(abspath $(LINKNAME_REPORT))

# The plugin and its tools go where GCC looks for -fplugin=NAME; the
# manual goes under PREFIX.  Without makeinfo the plugin is still
# installed, and the manual is not (with a note).
install: $(PLUGIN) $(LINKNAME_GO) $(LINKNAME_REPORT)
	install -d $(DESTDIR)$(PLUGIN_DIR)
	install -m 644 $(PLUGIN) $(DESTDIR)$(PLUGIN_DIR)/linkname.so
	install -m 755 $(LINKNAME_GO) $(DESTDIR)$(PLUGIN_DIR)/linkname-go
	install -m 755 $(LINKNAME_REPORT) $(DESTDIR)$(PLUGIN_DIR)/linkname-report
	@if command -v $(MAKEINFO) >/dev/null 2>&1; then $(MAKE) -s install-doc; \
	else echo "linkname: no $(MAKEINFO) (Debian texinfo): the manual is not installed;" \
	  "'make install-doc' installs it" >&2; fi

uninstall: uninstall-doc
	rm -f $(DESTDIR)$(PLUGIN_DIR)/linkname.so $(DESTDIR)$(PLUGIN_DIR)/linkname-go \
	  $(DESTDIR)$(PLUGIN_DIR)/linkname-report

# --- the manual (doc/) ------------------------------------------------------
# doc/linkname.texi is the manual; doc/linkname.7.in a short man page that
# points to it.  Any makeinfo warning fails the build.
PREFIX ?= /usr/local
prefix ?= $(PREFIX)
datarootdir ?= $(prefix)/share
infodir ?= $(datarootdir)/info
mandir ?= $(datarootdir)/man
docdir ?= $(datarootdir)/doc/linkname
MAKEINFO ?= makeinfo
DOC := build/doc
VERSION := $(shell sed -n 's/^\#define LN_VERSION "\(.*\)"/\1/p' include/linkname/options.h)
DOC_OUT := $(DOC)/linkname.info $(DOC)/linkname.html $(DOC)/linkname.7

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

$(DOC)/linkname.7: doc/linkname.7.in include/linkname/options.h
	@mkdir -p $(@D)
	@sed 's/@VERSION@/$(VERSION)/g' $< >$@

install-doc: doc
	install -d $(DESTDIR)$(infodir) $(DESTDIR)$(mandir)/man7 $(DESTDIR)$(docdir)
	install -m 644 $(DOC)/linkname.info $(DESTDIR)$(infodir)/linkname.info
	install -m 644 $(DOC)/linkname.7 $(DESTDIR)$(mandir)/man7/linkname.7
	install -m 644 $(DOC)/linkname.html $(DESTDIR)$(docdir)/linkname.html
	@if command -v install-info >/dev/null 2>&1; then \
	  install-info --info-dir=$(DESTDIR)$(infodir) $(DESTDIR)$(infodir)/linkname.info; fi

uninstall-doc:
	@if command -v install-info >/dev/null 2>&1 && [ -f $(DESTDIR)$(infodir)/dir ]; then \
	  install-info --delete --info-dir=$(DESTDIR)$(infodir) $(DESTDIR)$(infodir)/linkname.info \
	    >/dev/null 2>&1 || true; fi
	rm -f $(DESTDIR)$(infodir)/linkname.info $(DESTDIR)$(mandir)/man7/linkname.7 \
	  $(DESTDIR)$(docdir)/linkname.html

deps:
	@bash config/install-deps.sh

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
	  CHECK_COMPILERS="gcc-12 gcc-11" bash testsuite/check.sh

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
