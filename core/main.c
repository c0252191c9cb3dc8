/* main.c: the lunette executable: a Lua state with lunette.core preloaded,
 * the Lua library found next to the executable (checkout or install), its
 * bytecode preferred when up to date, then lunette.cli.main(args) run in
 * protected mode with a traceback handler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "lcore.h"

#ifndef LUNETTE_LUADIR
#define LUNETTE_LUADIR "/usr/local/share/lunette/lua"
#endif
#ifndef LUNETTE_SCRIPTDIR
#define LUNETTE_SCRIPTDIR "/usr/local/share/lunette/scripts"
#endif
#ifndef LUNETTE_LUACDIR
#define LUNETTE_LUACDIR "/usr/local/share/lunette/luac"
#endif

static int is_file(const char *path) {
  FILE *f = fopen(path, "r");
  if (f) fclose(f);
  return f != NULL;
}

/* Find the Lua library, its bytecode and the scripts: beside the executable
 * in a checkout (./lua, ./build/luac, ./scripts), then ../share/lunette (a
 * relocated install), then the directories compiled in. LUNETTE_HOME, when
 * set, names the tree to use. */
typedef struct Dirs { char lua[2048], luac[2048], scripts[2048]; } Dirs;

static void find_dirs(Dirs *d) {
  char exe[2048], probe[2200];
  const char *home = getenv("LUNETTE_HOME");   /* a source tree, for sanitizer builds */
  if (home && *home) {
    snprintf(d->lua, sizeof d->lua, "%s/lua", home);
    snprintf(d->luac, sizeof d->luac, "%s/build/luac", home);
    snprintf(d->scripts, sizeof d->scripts, "%s/scripts", home);
    return;
  }
  ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (k > 0) {
    exe[k] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    snprintf(probe, sizeof probe, "%s/lua/lunette/init.lua", exe);
    if (is_file(probe)) {
      snprintf(d->lua, sizeof d->lua, "%.2000s/lua", exe);
      snprintf(d->luac, sizeof d->luac, "%.2000s/build/luac", exe);
      snprintf(d->scripts, sizeof d->scripts, "%.2000s/scripts", exe);
      return;
    }
    snprintf(probe, sizeof probe, "%s/../share/lunette/lua/lunette/init.lua", exe);
    if (is_file(probe)) {
      snprintf(d->lua, sizeof d->lua, "%.2000s/../share/lunette/lua", exe);
      snprintf(d->luac, sizeof d->luac, "%.2000s/../share/lunette/luac", exe);
      snprintf(d->scripts, sizeof d->scripts, "%.2000s/../share/lunette/scripts", exe);
      return;
    }
  }
  snprintf(d->lua, sizeof d->lua, "%s", LUNETTE_LUADIR);
  snprintf(d->luac, sizeof d->luac, "%s", LUNETTE_LUACDIR);
  snprintf(d->scripts, sizeof d->scripts, "%s", LUNETTE_SCRIPTDIR);
}

static int newer(const struct stat *a, const struct stat *b) {   /* a modified after b */
  if (a->st_mtim.tv_sec != b->st_mtim.tv_sec) return a->st_mtim.tv_sec > b->st_mtim.tv_sec;
  return a->st_mtim.tv_nsec > b->st_mtim.tv_nsec;
}

/* A package searcher put before Lua's own: the module's bytecode,
 * <luac>/<name, dots as slashes>.luac (or /init.luac), when it exists, is
 * not older than the source package.path finds, and loads (a Lua of another
 * version refuses it); otherwise the source, as always. Upvalue 1: the
 * bytecode directory. */
static int search_bytecode(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  char path[4096];
  struct stat bc, src;
  size_t k = (size_t)snprintf(path, sizeof path, "%s/", lua_tostring(L, lua_upvalueindex(1)));
  for (const char *p = name; *p && k + 12 < sizeof path; p++) path[k++] = *p == '.' ? '/' : *p;
  memcpy(path + k, ".luac", 6);                           /* name.luac, or name/init.luac */
  if (stat(path, &bc) != 0) {
    memcpy(path + k, "/init.luac", 11);
    if (stat(path, &bc) != 0) { lua_pushfstring(L, "no file '%s'", path); return 1; }
  }
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "searchpath");
  lua_pushstring(L, name);
  lua_getfield(L, -3, "path");
  lua_call(L, 2, 1);
  const char *source = lua_tostring(L, -1);
  if (!source || stat(source, &src) != 0 || newer(&src, &bc)) {
    lua_pushfstring(L, "bytecode '%s' older than its source", path);
    return 1;
  }
  if (luaL_loadfilex(L, path, "b") != LUA_OK) return 1;   /* the message */
  lua_pushstring(L, source);                              /* as the source searcher gives */
  return 2;
}

/* message handler: the error message with a traceback (lua.c msghandler) */
static int msghandler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

static int pmain(lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = lua_touserdata(L, 2);
  Dirs dirs;
  /* generational collection: a text's token records and rule scratch die young
   * (extract.all over FreSaDa: ~15% less CPU time than incremental) */
  lua_gc(L, LUA_GCGEN, 0, 0);
  luaL_openlibs(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_lunette_core);
  lua_setfield(L, -2, "lunette.core");
  lua_pop(L, 1);
  find_dirs(&dirs);
  /* package.path = <lua>/?.lua;<lua>/?/init.lua;<default> */
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "path");
  lua_pushfstring(L, "%s/?.lua;%s/?/init.lua;%s", dirs.lua, dirs.lua, lua_tostring(L, -1));
  lua_setfield(L, -3, "path");
  lua_pop(L, 1);
  /* the bytecode searcher, second: after package.preload, before the sources */
  lua_getfield(L, -1, "searchers");
  for (lua_Integer i = (lua_Integer)luaL_len(L, -1); i >= 2; i--) {
    lua_rawgeti(L, -1, i);
    lua_rawseti(L, -2, i + 1);
  }
  lua_pushstring(L, dirs.luac);
  lua_pushcclosure(L, search_bytecode, 1);
  lua_rawseti(L, -2, 2);
  lua_pop(L, 1);
  lua_pushstring(L, dirs.scripts);
  lua_setfield(L, -2, "lunette_scripts");    /* package.lunette_scripts */
  lua_pop(L, 1);
  /* global arg as lua.c makes it: arg[0] the program, arg[1..] the words */
  lua_createtable(L, argc, 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i);
  }
  lua_setglobal(L, "arg");
  lua_pushcfunction(L, msghandler);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "lunette.cli");
  if (lua_pcall(L, 1, 1, 3) != LUA_OK) return lua_error(L);
  lua_getfield(L, -1, "main");
  lua_getglobal(L, "arg");
  if (lua_pcall(L, 1, 1, 3) != LUA_OK) return lua_error(L);
  return 1;
}

int main(int argc, char **argv) {
#ifdef __GLIBC__
  /* the blocks of a text's analysis (token arrays, maps, a counter's tables)
   * come and go with each document and each count: served from the heap, not
   * mapped and unmapped each time, and the heap's freed top kept for the next
   * (up to 256 MB) instead of given back to the kernel and faulted in again */
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
  lua_State *L = luaL_newstate();
  if (!L) { fprintf(stderr, "lunette: cannot create the Lua state (out of memory)\n"); return 1; }
  lua_pushcfunction(L, pmain);
  lua_pushinteger(L, argc);
  lua_pushlightuserdata(L, argv);
  int status = lua_pcall(L, 2, 1, 0), code;
  if (status != LUA_OK) {
    fprintf(stderr, "lunette: %s\n", lua_tostring(L, -1));
    code = 1;
  } else code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
  fflush(stdout);
  lua_close(L);
  return code;
}
