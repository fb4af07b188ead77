# linkname - a GCC plugin giving C the semantics of Go's //go:linkname.
#
#   make [CC=gcc-11]        build the plugin for that compiler, in its own
#                           build directory (build/<target>-gcc<major>/)
#   make -s print-plugin    print the path of the built plugin
#   make install            install it as `$(CC) -print-file-name=plugin`/linkname.so,
#                           so that -fplugin=linkname finds it
#   make demo               build, compile examples/ with it, run them, show symbols
#   make check              every test, for every GCC installed
#   make unit               the C core's unit tests only
#   make compare            the side-by-side comparison with gccgo-12
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
HOST_CC ?= gcc
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

CORE_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -g -fPIC -Wall -Wextra -Iinclude
PLUGIN_CXXFLAGS := -std=gnu++14 -O2 -g -fPIC -fno-rtti -fno-exceptions \
  -Wall -Wno-format-diag -Iinclude -I$(PLUGIN_DIR)/include

CORE_SRCS := $(wildcard plugin/core/*.c)
# ABI0 thunks are for Go's amd64 ABI0: the i386 back end gets the real
# check (x86-64 LP64 at run time), every other back end none.
THUNK_TARGET := $(if $(filter x86_64-% i386-% i486-% i586-% i686-%,$(TRIPLE)),x86,none)
GCC_SRCS := $(wildcard plugin/gcc/*.cc) plugin/gcc/target/$(THUNK_TARGET).cc
HEADERS := $(wildcard include/linkname/*.h plugin/gcc/*.h)
CORE_OBJS := $(CORE_SRCS:plugin/core/%.c=$(BUILD)/core/%.o)
GCC_OBJS := $(GCC_SRCS:plugin/gcc/%.cc=$(BUILD)/gcc/%.o)

.PHONY: all plugin print-plugin print-linkname-go install uninstall demo check check-long unit compare bench bench-thunk bench-go deps \
  clean check-plugin-dev unit-san fuzz fuzz-core check-valgrind check-real bench-cost check-mutants

all: plugin
plugin: $(PLUGIN) $(LINKNAME_GO)

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
$(LINKNAME_GO): tools/linkname-go.c $(CORE_SRCS) $(HEADERS)
	@mkdir -p $(@D)
	$(HOST_CC) $(filter-out -fPIC,$(CORE_CFLAGS)) -o $@ tools/linkname-go.c $(CORE_SRCS)

print-plugin:
	@echo $(abspath $(PLUGIN))

print-linkname-go:
	@echo $(abspath $(LINKNAME_GO))

install: $(PLUGIN) $(LINKNAME_GO)
	install -d $(DESTDIR)$(PLUGIN_DIR)
	install -m 644 $(PLUGIN) $(DESTDIR)$(PLUGIN_DIR)/linkname.so
	install -m 755 $(LINKNAME_GO) $(DESTDIR)$(PLUGIN_DIR)/linkname-go

uninstall:
	rm -f $(DESTDIR)$(PLUGIN_DIR)/linkname.so $(DESTDIR)$(PLUGIN_DIR)/linkname-go

deps:
	@bash config/install-deps.sh

# --- tests ----------------------------------------------------------------
UNIT_BUILD := build/unit
UNIT_SRCS := $(wildcard testsuite/unit/test-*.c)
UNIT_BIN := $(UNIT_BUILD)/unit-tests

$(UNIT_BIN): $(UNIT_SRCS) $(CORE_SRCS) $(HEADERS) testsuite/unit/unit.h
	@mkdir -p $(@D)
	$(HOST_CC) $(CORE_CFLAGS) -Itestsuite/unit -o $@ $(UNIT_SRCS) $(CORE_SRCS)

unit: $(UNIT_BIN)
	@$(UNIT_BIN)

# The same tests with AddressSanitizer and UndefinedBehaviorSanitizer:
# any report is fatal.
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
  -fno-omit-frame-pointer
SAN_BIN := build/unit-san/unit-tests

$(SAN_BIN): $(UNIT_SRCS) $(CORE_SRCS) $(HEADERS) testsuite/unit/unit.h
	@mkdir -p $(@D)
	$(HOST_CC) $(CORE_CFLAGS) $(SAN_FLAGS) -Itestsuite/unit -o $@ $(UNIT_SRCS) $(CORE_SRCS)

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

# The long run: 1200 random ABI0 prototypes at six option sets, on the
# x86-64 compilers (the only ones with thunks).
check-long:
	@ABI0_RANDOM_COUNT=1200 ABI0_RANDOM_OPTIONS='-O0;-O2;-O3 -fPIC;-O2 -flto;-O2 -fpcc-struct-return;-O2 -flto -masm=intel -fstack-clash-protection' \
	  CHECK_COMPILERS="gcc-12 gcc-11" bash testsuite/check.sh

# Each pair of testsuite/compare/ through gccgo-12 and through CC with the
# plugin: a table of directive, gccgo result, plugin result, verdict.
compare: deps
	@$(MAKE) -s plugin
	@CC="$(CC)" PLUGIN="$(abspath $(PLUGIN))" bash testsuite/compare/compare.sh

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

clean:
	rm -rf build
