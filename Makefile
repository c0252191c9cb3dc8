# lunette: build, test, demo, bench, install. `make help` lists the targets.
PKG_CONFIG ?= pkg-config
CC         ?= cc
CLANG      ?= clang
LUA        ?= lua5.4
LUACHECK   ?= luacheck
PREFIX     ?= /usr/local
DESTDIR    ?=
DB         ?= lunette.db

DEPS      := lua5.4 libpcre2-8 sqlite3 libutf8proc libxxhash gumbo
CFLAGS    ?= -O2 -g
WARN      := -Wall -Wextra -Werror -Wshadow -Wundef -Wwrite-strings \
             -Wmissing-prototypes -Wstrict-prototypes
CFLAGS    += -std=c99 -fPIC -pthread $(WARN)
CPPFLAGS  += -D_POSIX_C_SOURCE=200809L -MMD -MP \
             -DLUNETTE_LUADIR='"$(PREFIX)/share/lunette/lua"' \
             -DLUNETTE_SCRIPTDIR='"$(PREFIX)/share/lunette/scripts"'
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(DEPS) 2>/dev/null)
LIBS_CORE  = $(shell $(PKG_CONFIG) --libs libpcre2-8 sqlite3 libutf8proc libxxhash gumbo 2>/dev/null) -lstemmer -pthread
LIBS_LUA   = $(shell $(PKG_CONFIG) --libs lua5.4 2>/dev/null)
# the lunette executable carries Lua itself, as Debian's lua5.4 does: its API calls
# are direct (no PLT), and -E exports it to the C modules require loads (cjson, lfs)
LIBS_LUA_STATIC = -Wl,-E -Wl,-Bstatic -llua5.4 -Wl,-Bdynamic -ldl
# and the C libraries too (the Debian packages' .a files): a process starts
# without mapping and relocating five shared objects (about 1.3 ms of 9)
LIBS_EXE = -Wl,-Bstatic $(shell $(PKG_CONFIG) --libs libpcre2-8 sqlite3 libutf8proc gumbo 2>/dev/null) \
           -lstemmer -Wl,-Bdynamic -pthread
# the Lua library compiled to bytecode (with its debug information): a start
# parses no Lua source. main.c loads a .luac only when it is not older than
# its .lua, so an edited module is read from source until the next make.
LUAC     ?= luac5.4
LUA_SRC  := $(shell find lua -name '*.lua')
ARGPARSE := $(shell $(LUA) -e 'io.write(package.searchpath("argparse", package.path) or "")' 2>/dev/null)
LUAC_OUT := $(patsubst lua/%.lua,build/luac/%.luac,$(LUA_SRC)) $(if $(ARGPARSE),build/luac/argparse.luac)

# Debian packages: build, run and test (apt-get installs the missing ones)
APT_BUILD := pkg-config make gcc lua5.4 liblua5.4-dev libpcre2-dev libsqlite3-dev \
             libstemmer-dev libutf8proc-dev libxxhash-dev libgumbo-dev lua-cjson lua-argparse \
             lua-filesystem
APT_CHECK := $(APT_BUILD) unicode-data lua-check sqlite3 xz-utils clang pcre2-utils chromium

ENGINE  := core/segment.c core/text.c core/map.c core/analyze.c core/store.c core/html.c core/rx.c core/phrases.c
BINDING := core/ltext.c core/lanalyze.c core/ldoc.c core/lset.c core/lstore.c core/lrx.c core/lphrases.c core/lcore.c
ENGOBJ  := $(patsubst core/%.c,build/obj/%.o,$(ENGINE))
OBJ     := $(ENGOBJ) $(patsubst core/%.c,build/obj/%.o,$(BINDING))
ASANOBJ := $(patsubst core/%.c,build/asan/%.o,$(ENGINE) $(BINDING) core/main.c)
SANFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all

.PHONY: all deps deps-check check test test-asan lint demo bench install uninstall clean \
        tables help fuzz
all: lunette build/lunette/core.so $(LUAC_OUT)

help:
	@echo "make            build ./lunette, build/lunette/core.so and the Lua bytecode (build/luac)"
	@echo "make demo       install what is missing, build, ingest corpus/, print the overview"
	@echo "make check      install what is missing, build, run every test (ends N passed, N failed)"
	@echo "make bench      speed against ICU, SQLite unicode61, pure Lua (reads ../shared)"
	@echo "make install    PREFIX=$(PREFIX) DESTDIR=$(DESTDIR)"
	@echo "make tables     regenerate core/ucd_tables.h from /usr/share/unicode"

# {====== dependencies: install what is missing (Debian), or say what is
deps:
	@sh tools/deps.sh $(APT_BUILD)
deps-check:
	@sh tools/deps.sh $(APT_CHECK)
# }======

build/obj/%.o: core/%.c | build/obj
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

build/obj build/asan build/lunette build/bench:
	mkdir -p $@

# the executable links liblua; the module does not (the interpreter provides it)
lunette: build/obj/main.o $(OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS_EXE) $(LIBS_LUA_STATIC) -lm

build/luac/%.luac: lua/%.lua
	@mkdir -p $(dir $@)
	$(LUAC) -o $@ $<
build/luac/argparse.luac: $(ARGPARSE)
	@mkdir -p $(dir $@)
	$(LUAC) -o $@ $<

build/lunette/core.so: $(OBJ) | build/lunette
	$(CC) -shared $(LDFLAGS) -o $@ $^ $(LIBS_CORE) -lm

tables:
	$(LUA) tools/ucdgen.lua /usr/share/unicode > core/ucd_tables.h.new
	mv core/ucd_tables.h.new core/ucd_tables.h

# {====== tests
# engine tests: no Lua at all
build/test_%: tests/c/test_%.c $(ENGOBJ)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -o $@ $(filter %.c %.o,$^) $(LIBS_CORE) -lm

build/asan/%.o: core/%.c | build/asan
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) -std=c99 -fPIC $(WARN) $(SANFLAGS) -c $< -o $@

build/asan/lunette: $(ASANOBJ)
	$(CC) $(SANFLAGS) -o $@ $^ $(LIBS_CORE) $(LIBS_LUA) -lm

build/asan/test_%: tests/c/test_%.c $(patsubst core/%.c,build/asan/%.o,$(ENGINE))
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) -std=c99 $(WARN) $(SANFLAGS) -o $@ $(filter %.c %.o,$^) $(LIBS_CORE) -lm

CTESTS := segment analyze store
# the segmenter and the analyzer once more without their SSE2 block code:
# the portable paths, tested
PORTABLE := segment analyze
build/test_segment_portable: tests/c/test_segment.c core/segment.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -U__SSE2__ -o $@ $^
build/test_analyze_portable: tests/c/test_analyze.c core/segment.c core/text.c core/map.c core/analyze.c
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -U__SSE2__ -o $@ $^ $(LIBS_CORE) -lm
build/fuzz_analyze: tests/c/fuzz_analyze.c $(ENGINE)
	$(CLANG) $(CPPFLAGS) $(PKG_CFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined -o $@ $(filter %.c %.o,$^) $(LIBS_CORE) -lm

test: all $(CTESTS:%=build/test_%) $(PORTABLE:%=build/test_%_portable)
	@sh tests/run.sh normal

test-asan: $(CTESTS:%=build/asan/test_%) build/asan/lunette
	@sh tests/run.sh asan

lint:
	@$(LUACHECK) -q lua scripts tests/lua tools && echo "lint: 1 passed, 0 failed" || echo "lint: 0 passed, 1 failed"

# fuzz for a bounded minute in `make check`; `make fuzz FUZZ_SECONDS=3600` for long
FUZZ_SECONDS ?= 60
fuzz: build/fuzz_analyze
	@mkdir -p build/fuzz-corpus
	@sh tests/fuzz.sh $(FUZZ_SECONDS)

check: deps-check
	@$(MAKE) --no-print-directory all $(CTESTS:%=build/test_%) $(PORTABLE:%=build/test_%_portable) \
	  $(CTESTS:%=build/asan/test_%) build/asan/lunette build/fuzz_analyze
	@sh tests/run.sh all $(FUZZ_SECONDS)
# }======

demo: deps
	@$(MAKE) --no-print-directory all
	./lunette --db $(DB) ingest corpus
	./lunette --db $(DB) report overview
	./lunette --db $(DB) report figures
	./lunette --db $(DB) report sources
	./lunette --db $(DB) report entities
	./lunette --db $(DB) report dupes
	./lunette --db $(DB) report kwic soldats

bench: deps-check all
	@sh tools/bench.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/lunette/lua/lunette \
	  $(DESTDIR)$(PREFIX)/share/lunette/scripts $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/lib/lua/5.4/lunette
	install -m 755 lunette $(DESTDIR)$(PREFIX)/bin/lunette
	cp -R lua/lunette/. $(DESTDIR)$(PREFIX)/share/lunette/lua/lunette/
	install -d $(DESTDIR)$(PREFIX)/share/lunette/luac
	cp -R build/luac/. $(DESTDIR)$(PREFIX)/share/lunette/luac/
	install -m 644 scripts/*.lua $(DESTDIR)$(PREFIX)/share/lunette/scripts/
	install -m 644 doc/lunette.1 $(DESTDIR)$(PREFIX)/share/man/man1/lunette.1
	install -m 755 build/lunette/core.so $(DESTDIR)$(PREFIX)/lib/lua/5.4/lunette/core.so

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/lunette $(DESTDIR)$(PREFIX)/share/lunette \
	  $(DESTDIR)$(PREFIX)/share/man/man1/lunette.1 $(DESTDIR)$(PREFIX)/lib/lua/5.4/lunette

clean:
	rm -rf build lunette

-include $(wildcard build/obj/*.d build/asan/*.d build/*.d)
